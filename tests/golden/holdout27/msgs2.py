# -*- coding: utf-8 -*-
"""Messages h27_026 .. h27_050 (data only; built by make.py)."""

MSGS = [
# ---------------------------------------------------------------- 026
dict(
    n=26, client="outlook", structure="alt", cte="quoted-printable",
    frm=("Hầu Gia Minh", "minh.hau@kestrelcapital.vn"), to="info",
    subject="Deal Sao Mai đã dừng - please delete my personal KYC documents",
    date="2026-03-30 14:55:18",
    body="""Chào anh chị,

Mình là Hầu Gia Minh, Investment Manager bên Kestrel Capital. Hồi tháng 2 bên mình có engage Thịnh Trí làm legal due diligence cho thương vụ mua cổ phần Sao Mai Foods, và mình là cá nhân đứng tên trong phần KYC (mình đã gửi passport, CCCD, proof of address và sao kê tài khoản cá nhân).

Deal đã dừng hẳn từ tuần trước, phía Kestrel cũng đã settle phí với team anh Nghĩa rồi, nên email này không phải để hỏi gì thêm về deal.

Mình chỉ request: please delete toàn bộ giấy tờ và thông tin cá nhân của mình đã gửi cho KYC, kể cả bản scan trong email và trên shared drive. Tài liệu về công ty thì team cứ lưu theo quy định. Khi xong nhờ confirm lại qua email giúp mình.

Thanks,
Hầu Gia Minh
M: +84 903 618 475
""",
    label=dict(category="deletion_request", language="mixed",
               name="Hầu Gia Minh", phone="+84903618475", email="minh.hau@kestrelcapital.vn", address=None,
               note="Deletion wrapped in an M&A deal story; he says the mail is not about the deal and limits the request to his own KYC data."),
),
# ---------------------------------------------------------------- 027
dict(
    n=27, client="iphone", structure="plain", cte="quoted-printable",
    frm=("Mỹ Linh Quan", "quanmylinh.hcm@icloud.com"), to="support",
    subject="Update địa chỉ liên hệ / change of address - hồ sơ kiện đòi nợ",
    date="2026-01-12 09:20:44",
    body="""Hi chị Thư,

Em là Quan Mỹ Linh, client của team Litigation trong vụ kiện đòi nợ đang thụ lý ở Tòa khu vực.

Em vừa move nhà cuối tuần rồi, nên nhờ team update địa chỉ liên lạc trong hồ sơ để các thông báo của tòa và documents của luật sư gửi đúng chỗ nha:

- Old address: 45/3 Huỳnh Tấn Phát, Phường Tân Thuận, TP.HCM
- New address: Căn 12.07, Block B, chung cư Saigon Riverside, 22 Đào Trí, Phường Phú Thuận, TP.HCM

Số điện thoại và email vẫn giữ nguyên (0902 541 763). Thanks chị nhiều!

Best,
Mỹ Linh

Sent from my iPhone
""",
    label=dict(category="correction_request", language="mixed",
               name="Quan Mỹ Linh", phone="+84902541763", email="quanmylinh.hcm@icloud.com",
               address="Căn 12.07, Block B, chung cư Saigon Riverside, 22 Đào Trí, Phường Phú Thuận, TP.HCM",
               note="Old address also present; the contact address is the new one."),
),
# ---------------------------------------------------------------- 028
dict(
    n=28, client="outlook", structure="html", cte="quoted-printable",
    frm=("Bạch Văn Thành", "thanh.bach@goviet-furniture.vn"), to="info",
    subject="Nhờ soạn nội quy lao động, mẫu hợp đồng lao động và quy chế dữ liệu nhân viên",
    date="2026-01-15 10:45:50",
    body="""Kính gửi Công ty Luật Thịnh Trí,

Tôi là Bạch Văn Thành, Giám đốc Công ty TNHH Nội thất Gỗ Việt. Xưởng của chúng tôi hiện có khoảng 140 công nhân và 12 nhân viên thiết kế.

Chúng tôi cần Công ty hỗ trợ:
1. Soạn và đăng ký nội quy lao động với cơ quan quản lý lao động;
2. Soạn bộ hợp đồng lao động mẫu, trong đó có điều khoản bảo mật thông tin và không cạnh tranh cho nhân viên thiết kế (bản vẽ mẫu mã là tài sản quan trọng của công ty);
3. Soạn quy chế xử lý dữ liệu cá nhân của người lao động, vì xưởng đang dùng camera và máy chấm công vân tay.

Xin Công ty báo phí trọn gói và thời gian thực hiện. Có thể gọi tôi: 0913 604 287.

Trân trọng,
Bạch Văn Thành
""",
    label=dict(category="service_request", language="vi",
               name="Bạch Văn Thành", phone="+84913604287", email="thanh.bach@goviet-furniture.vn", address=None,
               note="'bảo mật thông tin' is an NDA clause and 'dữ liệu cá nhân' concerns his workers - both are parts of a drafting job, not privacy requests. HTML-only."),
),
# ---------------------------------------------------------------- 029
dict(
    n=29, client="gmail", structure="alt", cte="quoted-printable", reply=True,
    frm=("Tiêu Minh Quân", "tieuminhquan@gmail.com"), to="support",
    subject="Re: Bản sao dữ liệu cá nhân theo yêu cầu của anh",
    date="2026-04-25 09:12:37",
    body="""Dạ em nhận đủ file rồi ạ. Cảm ơn chị Hạnh đã hỗ trợ nhanh, không cần gửi bản giấy nữa đâu chị. Chúc cả team cuối tuần vui vẻ!

Quân

Vào 10:15, Th 6, 24 thg 4, 2026 Thịnh Trí Group <support@thinhtrigroup.com> đã viết:
> Kính gửi anh Tiêu Minh Quân,
>
> Theo yêu cầu truy cập dữ liệu cá nhân anh gửi ngày 15/04, Công ty gửi kèm bản sao các thông tin anh đã cung cấp (phiếu đăng ký tư vấn, bản chụp hợp đồng thuê nhà và ghi chú của luật sư).
> Nếu anh cần bản giấy có đóng dấu, vui lòng phản hồi email này.
>
> Trân trọng,
> Đồng Thị Hạnh
> Bộ phận Chăm sóc khách hàng - Thịnh Trí Group
> Hotline: 1800 63 65
""",
    label=dict(category="unknown", language="vi",
               name="Tiêu Minh Quân", phone=None, email="tieuminhquan@gmail.com", address=None,
               note="Thanks-only reply; the earlier access request was already fulfilled (quoted). He signs 'Quân'; full name from the From display."),
),
# ---------------------------------------------------------------- 030
dict(
    n=30, client="thunderbird", structure="plain", cte="8bit", reply=True,
    frm=("Isabel Moreno", "isabel.moreno.vn@gmail.com"), to="support",
    subject="Re: Invoice INV-2026-0318 - Personal income tax finalisation",
    date="2026-04-21 12:33:09",
    body="""Hi Mr. Dat,

I'm very unhappy about this. The invoice below was addressed to my former employer, Corvin Logistics, and sent to their accounts department - not to me. I left Corvin in December, and the service was for my personal tax finalisation, which I am paying for myself.

As a result, my old HR team now has a document showing my personal income details and the fact that I'm claiming a refund. I never gave you their address for invoicing; it must have been copied from the old employment contract I sent you as a supporting document.

I'd like a written explanation of how this happened, confirmation that you have asked Corvin to delete the invoice, and a corrected invoice in my own name. Please call me on 0794 256 813 rather than writing to my old work address.

Isabel Moreno

On 20/04/2026 09:12, Thinh Tri Billing wrote:
> Dear Ms. Moreno,
>
> Please find attached invoice INV-2026-0318 for the personal income tax finalisation service (tax year 2025).
>
> Billed to: Corvin Logistics Vietnam Co., Ltd - accounts@corvinlogistics.vn
> Amount: VND 4,500,000 (VAT included)
>
> Kind regards,
> Le Quoc Dat
> Billing | Thinh Tri Legal | 1800 63 65
""",
    label=dict(category="complaint", language="en",
               name="Isabel Moreno", phone="+84794256813", email="isabel.moreno.vn@gmail.com", address=None,
               note="Complaint about disclosure to her ex-employer; the corrected invoice and third-party deletion are remedies inside the complaint. Quoted text holds the ex-employer's address and the firm hotline."),
),
# ---------------------------------------------------------------- 031
dict(
    n=31, client="gmail", structure="alt", cte="base64",
    frm=("Bảo Trân Hứa", "baotran.hua@gmail.com"), to="info",
    subject="Request copy call recordings & data của em",
    date="2026-03-05 23:10:26",
    body="""Hi anh chị,

Em là Hứa Bảo Trân. Em từng dùng gói tư vấn qua hotline của Thịnh Trí 3 lần hồi tháng 1-2 về vụ tranh chấp tiền cọc thuê mặt bằng. Lúc gọi có nghe thông báo là cuộc gọi được ghi âm.

Em muốn request một bản copy personal data bên mình đang lưu về em, specifically:
- file ghi âm 3 cuộc gọi đó (hoặc transcript nếu có);
- ghi chú của tư vấn viên;
- thông tin đăng ký (tên, SĐT, email) bên mình đang có.

Em cần để nhớ lại chính xác những gì đã được tư vấn thôi, không có ý gì đâu ạ. Gửi qua email hoặc link Google Drive đều được.

Thanks anh chị nhiều!
Bảo Trân - 0763 491 528
""",
    label=dict(category="access_request", language="mixed",
               name="Hứa Bảo Trân", phone="+84763491528", email="baotran.hua@gmail.com", address=None),
),
# ---------------------------------------------------------------- 032
dict(
    n=32, client="oe", structure="plain", charset="windows-1258", cte="quoted-printable",
    frm=("Giáp Văn Sáu", "giapvansau52@yahoo.com.vn"), to="info",
    subject="Hỏi thủ tục tặng cho đất cho con trai",
    date="2026-02-26 08:20:47",
    body="""Kính gửi Công ty Luật Thịnh Trí,

Tôi tên là Giáp Văn Sáu, năm nay 73 tuổi. Tôi có một thửa đất ở và đất vườn khoảng 600m2, sổ đỏ đứng tên hai vợ chồng tôi. Vợ tôi mất năm 2022. Nay tôi muốn tách khoảng 150m2 để tặng cho con trai út làm nhà.

Xin Công ty cho tôi hỏi:
- Vợ tôi đã mất thì các con khác có phải ký giấy tờ gì không;
- Con trai tôi đã có vợ thì đất được tặng cho là tài sản riêng hay tài sản chung của vợ chồng nó;
- Thuế, lệ phí phải nộp những gì, và nếu Công ty làm trọn gói thì chi phí bao nhiêu.

Tôi không rành máy tính, thư này do cháu nội đánh giúp. Công ty gọi cho tôi theo số nhà (0204) 3857 126 hoặc gửi thư về địa chỉ: Thôn Hòa Sơn, xã Lạng Giang, tỉnh Bắc Ninh.

Kính thư,
Giáp Văn Sáu
""",
    label=dict(category="service_request", language="vi",
               name="Giáp Văn Sáu", phone="+842043857126", email="giapvansau52@yahoo.com.vn",
               address="Thôn Hòa Sơn, xã Lạng Giang, tỉnh Bắc Ninh",
               note="windows-1258 body with combining tone marks (compare after NFC). Typed by the grandson but the sender is Giáp Văn Sáu; landline is his own."),
),
# ---------------------------------------------------------------- 033
dict(
    n=33, client="yahoo", structure="alt", cte="quoted-printable",
    frm=("Khổng Thị Hải Yến", "haiyen.khong@yahoo.com"), to="support",
    subject="Đề nghị xóa thông tin đặt lịch tư vấn",
    date="2026-04-08 13:17:59",
    body="""Kính gửi bộ phận hỗ trợ,

Tôi là Khổng Thị Hải Yến. Tháng 3 tôi có đặt lịch tư vấn thủ tục đổi tên cho con qua website của Công ty, nhưng sau đó tự làm được ở phường nên đã hủy lịch.

Tôi đề nghị Công ty xóa các thông tin tôi đã điền khi đặt lịch (họ tên của tôi và của con, ngày sinh của cháu, số điện thoại, email, bản chụp giấy khai sinh). Tôi không cần Công ty gửi lại bản sao hay liệt kê những gì đang lưu, chỉ cần xóa và báo cho tôi một câu là đã xóa xong.

Số điện thoại: 0329 648 503

Cảm ơn Công ty.
""",
    label=dict(category="deletion_request", language="vi",
               name="Khổng Thị Hải Yến", phone="+84329648503", email="haiyen.khong@yahoo.com", address=None,
               note="'hủy lịch' cancels an appointment; she explicitly does not want a copy or a list - deletion only. No sign-off name; name from the body."),
),
# ---------------------------------------------------------------- 034
dict(
    n=34, client="gmail", structure="alt", cte="base64",
    attachments=[("CV_DamNhatMinh.pdf", "application/pdf"), ("BangDiem_DamNhatMinh.pdf", "application/pdf")],
    frm=("Đàm Nhật Minh", "damnhatminh.law@gmail.com"), to="info",
    subject="[Internship Application] Sinh viên năm 3 Luật Kinh tế - quan tâm mảng Data Privacy",
    date="2026-03-18 22:41:03",
    body="""Kính gửi anh chị phòng Nhân sự,

Em tên là Đàm Nhật Minh, sinh viên năm 3 ngành Luật Kinh tế. Em rất mong được apply vị trí Legal Intern (summer 2026) tại Thịnh Trí, đặc biệt ở team Corporate hoặc Data Privacy.

Vừa rồi em có tham gia research project của khoa về "right to erasure" và "right of access" theo Luật Bảo vệ dữ liệu cá nhân, so sánh với GDPR, nên em rất hứng thú với mảng compliance. Em có IELTS 7.5 và có thể làm full-time từ 15/06 đến hết tháng 8.

Em gửi kèm CV và bảng điểm. Rất mong nhận được phản hồi từ anh chị ạ.

Trân trọng,
Đàm Nhật Minh
Phone: 0372 815 049
""",
    label=dict(category="unknown", language="mixed",
               name="Đàm Nhật Minh", phone="+84372815049", email="damnhatminh.law@gmail.com", address=None,
               note="Internship application; the erasure/access vocabulary describes the applicant's studies."),
),
# ---------------------------------------------------------------- 035
dict(
    n=35, client="gmail", structure="alt", cte="quoted-printable",
    attachments=[("giay-uy-quyen-me-Lu-Thi-Nguyet.pdf", "application/pdf")],
    frm=("Cao Minh Hiển", "caominhhien.vn@gmail.com"), to="support",
    subject="Cập nhật thông tin liên hệ trong hồ sơ của mẹ tôi (bà Lữ Thị Nguyệt)",
    date="2026-04-02 18:05:22",
    body="""Kính gửi Công ty,

Tôi là Cao Minh Hiển, con trai bà Lữ Thị Nguyệt - khách hàng của Công ty trong hồ sơ khởi kiện đòi tiền đặt cọc mua nhà (luật sư phụ trách: anh Phong).

Mẹ tôi vừa mổ và phải nằm viện ít nhất một tháng, điện thoại của bà (0914 283 760) hiện không dùng. Mẹ tôi đã đồng ý để tôi làm đầu mối. Nhờ Công ty cập nhật thông tin liên hệ trong hồ sơ của mẹ tôi sang số của tôi là 0387 502 649 và email này, để luật sư gọi cho tôi khi có lịch tòa hoặc cần ký giấy tờ.

Tôi gửi kèm giấy ủy quyền mẹ tôi đã ký.

Trân trọng,
Cao Minh Hiển
""",
    label=dict(category="correction_request", language="vi",
               name="Cao Minh Hiển", phone="+84387502649", email="caominhhien.vn@gmail.com", address=None,
               note="Son asks to change the contact details on his mother's file to his own; the mother's old number is not the contact."),
),
# ---------------------------------------------------------------- 036
dict(
    n=36, client="owa", structure="alt", cte="quoted-printable",
    frm=("Mẫn Quốc Trung", "manquoctrung.tp@gmail.com"), to="support",
    subject="Khiếu nại: chậm cấp đăng ký doanh nghiệp - FW: Lịch nộp hồ sơ thành lập công ty",
    date="2026-04-22 16:40:11",
    body="""Kính gửi Ban Giám đốc Công ty Thịnh Trí,

Tôi là Mẫn Quốc Trung. Ngày 02/03/2026 tôi ký hợp đồng dịch vụ thành lập Công ty TNHH May mặc Tân Phúc và đã thanh toán đủ 9.500.000 đồng. Luật sư Đinh Công Sơn cam kết nộp hồ sơ trong 3 ngày làm việc và tôi sẽ có giấy chứng nhận đăng ký doanh nghiệp trước 20/03 (email bên dưới).

Đến hôm nay, 22/04, tôi vẫn chưa có giấy chứng nhận. Tra cứu trên Cổng thông tin quốc gia về đăng ký doanh nghiệp thì hồ sơ mới được nộp ngày 14/04 và đang bị yêu cầu sửa đổi, bổ sung. Vì sự chậm trễ này, tôi đã lỡ đơn gia công đầu tiên với đối tác và phải trả tiền thuê xưởng hai tháng mà không hoạt động được.

Đây là đơn khiếu nại chính thức. Tôi đề nghị Công ty:
- giải trình lý do chậm nộp hồ sơ;
- hoàn thành thủ tục trong tuần này;
- xem xét hoàn lại phí dịch vụ và bồi thường thiệt hại.

Mẫn Quốc Trung
Điện thoại: 0977 418 350

________________________________
From: Đinh Công Sơn <son.dinh@thinhtrigroup.com>
Sent: Monday, March 2, 2026 5:14 PM
To: Mẫn Quốc Trung <manquoctrung.tp@gmail.com>
Subject: Lịch nộp hồ sơ thành lập công ty

Chào anh Trung,

Em xác nhận đã nhận đủ giấy tờ và phí dịch vụ. Bên em sẽ nộp hồ sơ lên Phòng Đăng ký kinh doanh trong 3 ngày làm việc, dự kiến anh nhận giấy chứng nhận trước ngày 20/03.

Có gì gấp anh gọi em: 0908 337 521.

Đinh Công Sơn
Luật sư - Công ty Hệ Thống Luật TNHH Thịnh Trí
""",
    label=dict(category="complaint", language="vi",
               name="Mẫn Quốc Trung", phone="+84977418350", email="manquoctrung.tp@gmail.com", address=None,
               note="Forwarded email from the firm's own lawyer is evidence; its mobile 0908 337 521 is the lawyer's, not the sender's."),
),
# ---------------------------------------------------------------- 037
dict(
    n=37, client="outlook", structure="alt", cte="base64",
    frm=("Kế toán Minh Phát", "ketoan@minhphat-pack.vn"), to="info",
    reply_to="luuthanhbinh.mp@gmail.com",
    subject="Nhờ tư vấn tranh chấp với nhà cung cấp giao hàng lỗi",
    date="2026-04-03 15:25:36",
    body="""Kính gửi Công ty Thịnh Trí,

Tôi là Lưu Thanh Bình, chủ cơ sở bao bì Minh Phát ở Hóc Môn. Tôi gửi thư bằng hộp thư chung của bộ phận kế toán vì email cá nhân đang lỗi đăng nhập; xin Công ty trả lời về địa chỉ riêng của tôi: luuthanhbinh.mp@gmail.com.

Tháng 3 vừa rồi cơ sở tôi nhập 12 tấn hạt nhựa của một công ty thương mại ở Long An, thanh toán trước 70%. Khi hàng về thì gần một nửa bị ẩm, vón cục, không chạy máy được. Bên bán chỉ đồng ý đổi 2 tấn, phần còn lại họ đổ lỗi cho kho của tôi và còn đòi tôi trả nốt 30%.

Tôi muốn nhờ luật sư xem hợp đồng, biên bản giao nhận, tư vấn nên thương lượng hay khởi kiện, đồng thời soạn giúp văn bản gửi bên bán. Xin báo phí tư vấn.

Điện thoại: 0918 572 406

Lưu Thanh Bình
""",
    label=dict(category="service_request", language="vi",
               name="Lưu Thanh Bình", phone="+84918572406", email="luuthanhbinh.mp@gmail.com", address=None,
               note="Sent from a shared accounting mailbox (From display 'Kế toán Minh Phát'); the sender is Lưu Thanh Bình and asks for replies at his personal address (also in Reply-To)."),
),
# ---------------------------------------------------------------- 038
dict(
    n=38, client="ggroups", structure="alt", cte="quoted-printable",
    frm=("'Ông Thanh Tùng' via Legal Tech VN", "legaltechvn@googlegroups.com"), to="legaltechvn@googlegroups.com",
    reply_to="legaltechvn@googlegroups.com",
    subject="[legaltechvn] Recap workshop \"DSAR & xóa dữ liệu theo Luật BVDLCN\" + slides",
    date="2026-03-27 22:05:49",
    headers=[("Precedence", "list"),
             ("Mailing-list", "list legaltechvn@googlegroups.com; contact legaltechvn+owners@googlegroups.com"),
             ("List-ID", "<legaltechvn.googlegroups.com>"),
             ("X-Original-Sender", "tung.ong.legal@gmail.com"),
             ("List-Post", "<https://groups.google.com/group/legaltechvn/post>, <mailto:legaltechvn@googlegroups.com>"),
             ("List-Help", "<https://groups.google.com/support/>, <mailto:legaltechvn+help@googlegroups.com>"),
             ("List-Archive", "<https://groups.google.com/group/legaltechvn/>"),
             ("List-Unsubscribe", "<mailto:googlegroups-manage+582106634912+unsubscribe@googlegroups.com>, <https://groups.google.com/group/legaltechvn/subscribe>"),
             ("Delivered-To", "info@thinhtrigroup.com")],
    body="""Hi cả nhà,

Cảm ơn mọi người đã tham gia workshop tối thứ Năm 26/03. Mình gửi recap nhanh:

- Thời hạn phản hồi yêu cầu truy cập dữ liệu (DSAR) và cách verify danh tính người yêu cầu;
- Khi nào được từ chối yêu cầu xóa dữ liệu (nghĩa vụ lưu trữ theo luật chuyên ngành, hồ sơ vụ án đang giải quyết);
- Template email xác nhận đã xóa và template trả lời khiếu nại về rò rỉ dữ liệu.

Slides: https://bit.ly/vlt-dsar-2603
Ai cần file ghi hình thì ping mình qua Zalo 0934 607 218 nhé.

Tùng

--
You received this message because you are subscribed to the Google Groups "Legal Tech VN" group.
To unsubscribe from this group and stop receiving emails from it, send an email to legaltechvn+unsubscribe@googlegroups.com.
""",
    label=dict(category="unknown", automated=True, language="mixed",
               note="Mailing-list post (Google Groups, Precedence: list) the firm is subscribed to; the poster's Zalo number and DSAR/erasure wording are not a request to the firm."),
),
# ---------------------------------------------------------------- 039
dict(
    n=39, client="gmail", structure="plain", cte="7bit",
    frm=("Kim Xuyen Hoang", "kimxuyen.hoang96@gmail.com"), to="info",
    subject="xoa ho so ung tuyen cua em",
    date="2026-04-13 12:02:55",
    body="""Chao phong nhan su,
Em la Hoang Thi Kim Xuyen, thang 1 em co nop ho so ung tuyen vi tri tro ly luat su qua email nay. Hien em da nhan viec o noi khac nen khong con nhu cau ung tuyen nua.
Em nho cong ty xoa CV, ban scan bang cap va CCCD cua em khoi du lieu tuyen dung, khong luu lai cho cac dot tuyen sau a.
Em cam on. SDT cua em: 0393 718 264
""",
    label=dict(category="deletion_request", language="vi",
               name="Hoang Thi Kim Xuyen", phone="+84393718264", email="kimxuyen.hoang96@gmail.com", address=None,
               note="Former job applicant asking to delete her application data - a deletion request, not a job application."),
),
# ---------------------------------------------------------------- 040
dict(
    n=40, client="gmail", structure="alt", cte="base64",
    frm=("Tôn Nữ Thảo Nguyên", "thaonguyen.tonnu@gmail.com"), to="info",
    subject="Hỏi về thông tin cá nhân Công ty đang lưu giữ",
    date="2026-02-17 10:33:12",
    body="""Kính gửi Công ty,

Tôi là Tôn Nữ Thảo Nguyên. Năm 2024 Công ty đã giúp tôi giải quyết việc ly hôn và thỏa thuận nuôi con.

Tôi không yêu cầu xóa hồ sơ - có thể sau này tôi còn cần đến khi có thay đổi về quyền nuôi con. Tôi chỉ muốn biết hiện Công ty đang lưu những thông tin gì về tôi và hai con (giấy tờ tùy thân, giấy khai sinh, thông tin thu nhập, nội dung trao đổi...), những ai trong Công ty được xem, và lưu đến khi nào. Nhờ Công ty gửi cho tôi danh mục kèm bản sao các tài liệu đó.

Địa chỉ liên hệ: 27 Nguyễn Sinh Cung, phường Vỹ Dạ, thành phố Huế
Điện thoại: 0905 772 419

Trân trọng,
Tôn Nữ Thảo Nguyên
""",
    label=dict(category="access_request", language="vi",
               name="Tôn Nữ Thảo Nguyên", phone="+84905772419", email="thaonguyen.tonnu@gmail.com",
               address="27 Nguyễn Sinh Cung, phường Vỹ Dạ, thành phố Huế",
               note="'Tôi không yêu cầu xóa' - negated deletion; asks what is held, who can see it, for how long, and for copies."),
),
# ---------------------------------------------------------------- 041
dict(
    n=41, client="iphone", structure="plain", cte="quoted-printable",
    frm=("Huong Giang Kim", "huonggiang.kim92@icloud.com"), to="info",
    subject="hoi phi ly hon thuan tinh",
    date="2026-03-29 23:47:30",
    body="""Chao luat su,
Em la Kim Thi Huong Giang. Em muon hoi ve thu tuc ly hon thuan tinh, vo chong em co 1 be 4 tuoi va 1 can ho chung dang tra gop. Ca hai da thong nhat duoc viec nuoi con va chia nha roi.
Cho em hoi phi tron goi ben minh bao nhieu va mat bao lau a. Sdt em 0834 156 297.

Gửi từ iPhone của tôi
""",
    label=dict(category="service_request", language="vi",
               name="Kim Thi Huong Giang", phone="+84834156297", email="huonggiang.kim92@icloud.com", address=None),
),
# ---------------------------------------------------------------- 042
dict(
    n=42, client="yahoo", structure="alt", cte="7bit",
    frm=("Thanh Truc Diep", "thanhtruc.diep@yahoo.com"), to="support",
    subject="phan anh viec tu van cho me toi (78 tuoi)",
    date="2026-04-11 20:18:42",
    body="""Kinh gui cong ty,
Toi la Diep Thi Thanh Truc, con gai ba Nguyen Thi Lai (78 tuoi).
Ngay 09/04 me toi den van phong cong ty hoi ve viec lam di chuc. Theo loi me toi ke, nhan vien tu van noi chuyen hon 2 tieng, sau do dua me toi ky hop dong dich vu tron goi 25 trieu va dong truoc 10 trieu, trong khi me toi mat kem, khong doc duoc hop dong va khong co ai trong gia dinh di cung.
Toi cho rang cach lam nay la loi dung nguoi gia. Gia dinh toi de nghi cong ty huy hop dong, hoan lai 10 trieu cho me toi va giai thich ve cach tu van cua nhan vien do.
Me toi khong dung dien thoai thong minh, moi lien lac xin goi cho toi: 0968 351 724.
Diep Thi Thanh Truc
""",
    label=dict(category="complaint", language="vi",
               name="Diep Thi Thanh Truc", phone="+84968351724", email="thanhtruc.diep@yahoo.com", address=None,
               note="Writes about her elderly mother's contract; 'huy hop dong' = cancel the contract, not delete data."),
),
# ---------------------------------------------------------------- 043
dict(
    n=43, client="outlook", structure="alt", cte="quoted-printable",
    frm=("Lã Thị Phương Thảo", "thao.la@anbinhphat.com.vn"), to="support",
    subject="Điều chỉnh tên công ty và MST trên hóa đơn số 00001482",
    date="2026-04-17 14:06:25",
    body="""Chào anh/chị,

Em là Lã Thị Phương Thảo, kế toán Công ty TNHH An Bình Phát - khách hàng dịch vụ pháp lý thường xuyên của Thịnh Trí.

Hóa đơn số 00001482 ngày 16/04 đang ghi tên khách hàng là "Công ty TNHH An Bình Phát Đạt" và mã số thuế 0316524871. Bên em đã đổi tên thành "Công ty TNHH An Bình Phát" từ tháng 3, và mã số thuế đúng là 0316524817 (hai số cuối bị đảo).

Nhờ anh chị cập nhật lại thông tin khách hàng trên hệ thống và xuất hóa đơn điều chỉnh giúp em. Chuyện nhỏ thôi ạ, em không phàn nàn gì đâu.

Có gì anh chị gọi em: 028 6271 9485 - máy lẻ 112.

Lã Thị Phương Thảo
""",
    label=dict(category="correction_request", language="vi",
               name="Lã Thị Phương Thảo", phone="+842862719485", email="thao.la@anbinhphat.com.vn", address=None,
               note="Tax codes (10 digits starting 03) look like mobile numbers; the contact phone is the office line (extension 112 dropped). 'không phàn nàn' - not a complaint."),
),
# ---------------------------------------------------------------- 044
dict(
    n=44, client="foxmail", structure="plain", cte="7bit", tz="+0800",
    frm=("Jason Liu", "jason.liu@asiadomain-regcenter.com"), to="info",
    subject="Notice of Domain Name & Internet Keyword Registration: thinhtrigroup",
    date="2026-04-27 03:18:44",
    body="""(Please forward this to your CEO, because this is urgent. Thanks.)

Dear CEO,

We are a domain name registration service centre in Asia. On 24 April 2026 we received an application from Kaiwen Legal Holdings Ltd. requesting to register "thinhtrigroup" as their internet keyword and the following domain names:

thinhtrigroup.asia
thinhtrigroup.cn
thinhtrigroup.com.hk

After our initial checking, we found that this name is identical to your company's trademark. As a neutral registrar we must confirm with you whether Kaiwen Legal Holdings is your authorised agent or business partner before we approve the application. If we do not receive your reply within 7 working days, we will be obliged to approve it, which may result in infringement of your intellectual property rights.

Best Regards,
Jason Liu
Senior Auditor
Asia Domain Registration Centre
Email: jason.liu@asiadomain-regcenter.com
""",
    label=dict(category="unknown", language="en",
               name="Jason Liu", phone=None, email="jason.liu@asiadomain-regcenter.com", address=None,
               note="Domain-registration scam using trademark/IP language; not a customer request."),
),
# ---------------------------------------------------------------- 045
dict(
    n=45, client="outlook", structure="alt", cte="base64",
    frm=("Phạm Ngọc Hân", "han.pham@daesung-vina.com"), to="info",
    subject="Request quote: work permit & TRC cho 3 kỹ sư Hàn Quốc",
    date="2026-05-04 08:50:03",
    body="""Dear anh chị,

Em là Hân, HR Manager của Daesung Vina (nhà máy linh kiện ở KCN Nhơn Trạch). Bên em sắp có 3 kỹ sư Hàn Quốc sang làm việc từ tháng 7, contract 2 năm.

Em cần quote cho package:
- Work permit cho 3 người (1 người là manager, 2 người là technical expert);
- Temporary residence card sau khi có WP;
- Hợp pháp hóa lãnh sự bằng cấp và lý lịch tư pháp từ Hàn.

Bên em cũng cần biết timeline để plan vé máy bay. Anh chị gửi em proposal trong tuần này được không ạ?

Best regards,
Phạm Ngọc Hân
HR Manager - Daesung Vina Co., Ltd.
Mobile/Zalo: 0976 514 302
""",
    label=dict(category="service_request", language="mixed",
               name="Phạm Ngọc Hân", phone="+84976514302", email="han.pham@daesung-vina.com", address=None),
),
# ---------------------------------------------------------------- 046
dict(
    n=46, client="gmail", structure="alt", cte="quoted-printable", reply=True,
    frm=("Âu Thị Mộng Tuyền", "mongtuyen.au@gmail.com"), to="info",
    subject="Re: [Thịnh Trí] Ưu đãi 30% gói tư vấn pháp lý cho hộ kinh doanh tháng 4",
    date="2026-04-14 12:41:17",
    body="""Tôi chưa bao giờ đăng ký nhận những thư này, cũng không nhớ đã từng dùng dịch vụ bên anh chị.

Đề nghị gỡ email này và số 0707 815 362 của tôi khỏi danh sách gửi tin, đồng thời xóa hết thông tin của tôi mà Công ty đang có. Xin trả lời xác nhận khi đã xóa.

Mộng Tuyền

Vào 08:00, Th 3, 14 thg 4, 2026 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:
> ƯU ĐÃI THÁNG 4 DÀNH CHO HỘ KINH DOANH
>
> Giảm 30% gói tư vấn pháp lý trọn gói: đăng ký hộ kinh doanh, kê khai thuế khoán, hợp đồng thuê mặt bằng.
> Đặt lịch ngay tại thinhtrigroup.com/uu-dai hoặc gọi 1800 63 65.
>
> Bạn nhận được email này vì đã đăng ký nhận thông tin từ Thịnh Trí Group. Để ngừng nhận tin, vui lòng trả lời email này.
""",
    label=dict(category="deletion_request", language="vi",
               name="Âu Thị Mộng Tuyền", phone="+84707815362", email="mongtuyen.au@gmail.com", address=None,
               note="Irritated reply to a marketing mail, but the only ask is removal and deletion. Signs 'Mộng Tuyền'; full name from the From display. Quoted marketing text holds the firm hotline."),
),
# ---------------------------------------------------------------- 047
dict(
    n=47, client="gmail", structure="alt", cte="7bit", reply=True,
    frm=("Yuki Tanaka", "yuki.tanaka.hcm@gmail.com"), to="support",
    subject="Re: Your matter has been closed - Thinh Tri Legal",
    date="2026-04-17 10:02:48",
    body="""Dear Ms. Hoa,

Thank you for letting me know. Before the file is archived, could you please send me a copy of the personal data you hold about me in connection with this matter - in particular the copies of my passport and residence card, the signed power of attorney, and any notes recorded during our calls? A PDF bundle by email is fine.

I would also like to know how long the archived file will be kept.

Best regards,
Yuki Tanaka
090 664 1827

On Thu, Apr 16, 2026 at 3:30 PM Thinh Tri Legal <support@thinhtrigroup.com> wrote:
> Dear Ms. Tanaka,
>
> We are pleased to inform you that the settlement of your labour dispute has been completed and your matter is now closed. The file will be archived in accordance with our retention policy.
>
> Should you have any further questions, please contact our hotline 1800 63 65.
>
> Best regards,
> Luu Thi Hoa
> Client Services, Thinh Tri Legal
""",
    label=dict(category="access_request", language="en",
               name="Yuki Tanaka", phone="+84906641827", email="yuki.tanaka.hcm@gmail.com", address=None,
               note="Reply to a matter-closing letter; asks for a copy of her personal data and the retention period. Quoted firm text has the hotline."),
),
# ---------------------------------------------------------------- 048
dict(
    n=48, client="thunderbird", structure="plain", cte="7bit",
    frm=("Daniel Okoro", "daniel.okoro.vn@gmail.com"), to="support",
    subject="My passport was posted in a Facebook group",
    date="2026-04-20 08:25:57",
    body="""To whom it may concern,

On 11 April I sent your paralegal a scan of my passport and my marriage certificate over WhatsApp for my spouse visa application. Yesterday a friend sent me a screenshot from a Facebook group called "Expat visa help Saigon" where someone had posted my passport data page - partly blurred, but with my name and passport number readable - as an "example of the documents you need".

I want to be clear: I am not asking you to delete my data. Please keep everything, including the chat history, because I may need it as evidence. What I want is a written explanation of how my passport ended up in that group, the name of the person responsible, and what you are doing to get the post taken down.

I would also like to know whether you have reported this incident to the authorities, as I understand you are required to.

Daniel Okoro
+84 345 107 268
""",
    label=dict(category="complaint", language="en",
               name="Daniel Okoro", phone="+84345107268", email="daniel.okoro.vn@gmail.com", address=None,
               note="Explicitly 'not asking you to delete my data'; a complaint about a leak of his passport scan."),
),
# ---------------------------------------------------------------- 049
dict(
    n=49, client="gmail", structure="html", cte="quoted-printable",
    frm=("Văn Thị Hồng Nhung", "hongnhung.van@gmail.com"), to="support",
    subject="Đề nghị cập nhật số căn cước trong hồ sơ chuyển nhượng căn hộ",
    date="2026-04-23 15:15:08",
    body="""Kính gửi Công ty,

Tôi là Văn Thị Hồng Nhung, khách hàng đang được Công ty làm thủ tục chuyển nhượng căn hộ (hợp đồng dịch vụ số 0417/2026/HĐDV).

Khi đọc dự thảo hợp đồng chuyển nhượng, tôi thấy phần thông tin bên bán vẫn ghi số chứng minh nhân dân cũ 025814367, cấp năm 2009. Giấy này đã hết giá trị. Đề nghị Công ty cập nhật trong hồ sơ và trong dự thảo theo căn cước của tôi:
- Số định danh cá nhân: 079186005284
- Ngày cấp: 12/03/2026, nơi cấp: Bộ Công an

Nhờ Công ty gửi lại bản dự thảo đã sửa để tôi kiểm tra trước ngày ký công chứng.

Điện thoại: 0978 216 534

Trân trọng,
Văn Thị Hồng Nhung
""",
    label=dict(category="correction_request", language="vi",
               name="Văn Thị Hồng Nhung", phone="+84978216534", email="hongnhung.van@gmail.com", address=None,
               note="ID numbers (9-digit CMND 025814367, 12-digit căn cước 079186005284) look like phone numbers; the contact phone is 0978 216 534. HTML-only."),
),
# ---------------------------------------------------------------- 050
dict(
    n=50, client="gmail", structure="alt", cte="base64",
    frm=("Chung Quốc Thái", "thai.chung@banhtrangtaynam.vn"), to="info",
    subject="Hỏi tiến độ hồ sơ nhãn hiệu và đăng ký thêm nhóm 35",
    date="2026-04-28 09:36:41",
    body="""Chào anh chị,

Tôi là Chung Quốc Thái, chủ cơ sở Bánh tráng Tây Nam, đang được Công ty làm hồ sơ đăng ký nhãn hiệu (nhóm 30) từ tháng 2.

Tôi viết thư này không phải để khiếu nại hay hối thúc gì, tôi hiểu thủ tục ở Cục Sở hữu trí tuệ mất nhiều thời gian. Tôi chỉ muốn:
1. Hỏi hồ sơ hiện đã đến bước nào;
2. Nhờ Công ty đăng ký thêm cho nhóm 35 (mua bán, quảng cáo) vì sắp tới tôi bán hàng online, và báo phí phần bổ sung.

Số điện thoại: 0947 265 310 (Zalo cùng số).

Cảm ơn anh chị,
Chung Quốc Thái
""",
    label=dict(category="service_request", language="vi",
               name="Chung Quốc Thái", phone="+84947265310", email="thai.chung@banhtrangtaynam.vn", address=None,
               note="'không phải để khiếu nại' - a status question plus an additional service order."),
),
]
