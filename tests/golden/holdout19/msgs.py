# -*- coding: utf-8 -*-
"""Message specs for holdout19 (50 mails to Thịnh Trí Group, 06-19 Apr 2026).

Each entry is a dict consumed by make.build(); entries with a "raw" key are
built by a function that receives the make module (automated mail).
"""

FIRM = "Công ty Hệ Thống Luật TNHH Thịnh Trí"
FIRM_ADDR = "57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM"
HOTLINE = "1800 63 65"
INFO = "info@thinhtrigroup.com"
SUPPORT = "support@thinhtrigroup.com"


def L(category, language, name=None, phone=None, email=None, address=None,
      note=None, automated=False):
    d = {"category": category, "automated": automated, "language": language,
         "contact": {"name": name, "phone": phone,
                     "email": email.lower() if email else None, "address": address}}
    if note:
        d["note"] = note
    return d


AUTO = dict(name=None, phone=None, email=None, address=None)

MESSAGES = []


def add(**m):
    MESSAGES.append(m)


# ---------------------------------------------------------------- b001 newsletter
def raw_b001(mk):
    ids = mk.Ids("b001")
    text = """VIETNAM LEGAL DIGEST - Weekly edition, 6 April 2026

Good morning,

THIS WEEK
1. Personal Data Protection Law: the draft implementing decree sets 72-hour deadlines for breach notification and clarifies how controllers must handle data subject requests (access, correction, deletion, withdrawal of consent).
2. E-invoices: new rules on adjusting and replacing invoices issued with wrong buyer information take effect on 1 June 2026.
3. Labour: the Ministry of Home Affairs publishes the 2026 regional minimum wage table.
4. Webinar: "Cross-border data transfers for Vietnamese SMEs" - Thursday 16 April, 10:00 (GMT+7). Seats are limited.

Read the full edition online: https://vnlegaldigest.com/weekly/2026-04-06

You are receiving this email because info@thinhtrigroup.com subscribed to Vietnam Legal Digest.
Unsubscribe: https://vnlegaldigest.com/u?e=aW5mb0B0aGluaHRyaWdyb3VwLmNvbQ&l=wk
Vietnam Legal Digest, 12th floor, 115 Nguyen Hue, Saigon Ward, Ho Chi Minh City
"""
    html_items = "".join(
        '<tr><td style="padding:10px 24px;font-size:14px;line-height:20px;color:#333;">%s</td></tr>\n' % mk.esc(x)
        for x in text.split("\n")[5:9])
    htm = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Vietnam Legal Digest</title></head>\n"
           "<body style=\"margin:0;background:#eef1f4;font-family:Georgia,serif;\">\n"
           "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">\n"
           "<table width=\"600\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#ffffff;\">\n"
           "<tr><td style=\"background:#123a5e;color:#fff;padding:18px 24px;font-size:22px;\">"
           "VIETNAM LEGAL DIGEST</td></tr>\n"
           "<tr><td style=\"padding:6px 24px;color:#888;font-size:12px;\">Weekly edition &middot; 6 April 2026</td></tr>\n"
           "<tr><td style=\"padding:16px 24px 4px;font-size:16px;\"><b>This week</b></td></tr>\n"
           + html_items +
           "<tr><td style=\"padding:16px 24px;\"><a href=\"https://vnlegaldigest.com/weekly/2026-04-06\" "
           "style=\"background:#c8102e;color:#fff;padding:10px 18px;text-decoration:none;\">Read the full edition</a></td></tr>\n"
           "<tr><td style=\"padding:18px 24px;font-size:11px;color:#999;\">You are receiving this email because "
           "info@thinhtrigroup.com subscribed to Vietnam Legal Digest. "
           "<a href=\"https://vnlegaldigest.com/u?e=aW5mb0B0aGluaHRyaWdyb3VwLmNvbQ&amp;l=wk\">Unsubscribe</a><br>"
           "Vietnam Legal Digest, 12th floor, 115 Nguyen Hue, Saigon Ward, Ho Chi Minh City</td></tr>\n"
           "</table></td></tr></table>\n</body></html>\n")
    bnd = "----=_NextPart_%s_%s_%s" % (ids.hex(3, True), ids.hex(4, True), ids.hex(8, True))
    p1 = mk.leaf("text/plain", text, "utf-8", "base64")
    p2 = mk.leaf("text/html", htm, "utf-8", "base64")
    head, body = mk.multipart("alternative", bnd, [p1, p2])
    hdrs = [
        "Return-Path: <bounce-wk-8841@mail.vnlegaldigest.com>",
        "MIME-Version: 1.0",
        "From: Vietnam Legal Digest <digest@vnlegaldigest.com>",
        "To: info@thinhtrigroup.com",
        "Subject: This week: data subject requests under the PDP Law, e-invoice fixes,"
        + mk.CRLF + " 2026 minimum wage",
        "Date: Mon, 06 Apr 2026 07:00:04 +0700",
        "Message-ID: <%s.%s@mail.vnlegaldigest.com>" % (ids.hex(24), ids.hex(8)),
        "List-Id: Vietnam Legal Digest weekly <weekly.vnlegaldigest.com>",
        "List-Unsubscribe: <https://vnlegaldigest.com/u?e=aW5mb0B0aGluaHRyaWdyb3VwLmNvbQ&l=wk>,"
        + mk.CRLF + " <mailto:unsubscribe-wk@vnlegaldigest.com>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "Precedence: bulk",
        "X-Campaign-ID: wk-2026-14",
        head,
    ]
    return mk.CRLF.join(hdrs) + mk.CRLF + mk.CRLF + body


add(file="b001", raw=raw_b001,
    label=L("unknown", "en", **AUTO, automated=True,
            note="Bulk newsletter (List-Unsubscribe, Precedence: bulk); its content discusses access/correction/deletion requests but it is not customer mail."))

# ---------------------------------------------------------------- b002
add(file="b002", style="outlookweb", format="html", cte="base64",
    frm=("Kiều Văn Nam", "kieuvannam.91@outlook.com"),
    to=INFO, date="Mon, 06 Apr 2026 08:41:27 +0700",
    subject="Hỏi thủ tục xóa án tích để đi xuất khẩu lao động",
    text="""Kính gửi Công ty Luật Thịnh Trí,

Tôi tên là Kiều Văn Nam, sinh năm 1991, quê ở Phú Thọ. Năm 2019 tôi bị Tòa án huyện xử 12 tháng tù cho hưởng án treo về tội gây rối trật tự công cộng. Tôi đã chấp hành xong bản án và nộp đủ án phí từ năm 2021.

Hiện tôi đang làm hồ sơ đi làm việc tại Nhật theo diện kỹ năng đặc định, công ty phái cử yêu cầu Phiếu lý lịch tư pháp số 2 không có án tích. Tôi muốn hỏi:
1. Trường hợp của tôi đã được đương nhiên xóa án tích chưa, hay phải làm đơn xin?
2. Nếu phải làm thủ tục thì nộp ở đâu, mất bao lâu?
3. Công ty có nhận làm thay không, chi phí khoảng bao nhiêu?

Tôi cần gấp trong tháng 5. Mong Công ty gọi lại cho tôi qua số 0345 662 918 (sau 17h) hoặc trả lời qua email này.

Trân trọng,
Kiều Văn Nam
""",
    label=L("service_request", "vi", "Kiều Văn Nam", "+84345662918", "kieuvannam.91@outlook.com",
            note="'Xóa án tích' is the legal procedure for expunging a criminal record: a service request, not a data deletion request. HTML-only body."))

# ---------------------------------------------------------------- b003
add(file="b003", style="outlook", cte="quoted-printable",
    frm=("Yuna Park", "yuna.park@seoulbio-vn.com"),
    to=SUPPORT, date="Mon, 06 Apr 2026 09:15:52 +0700",
    subject="Change of address - Yuna Park",
    text="""Dear Thinh Tri team,

I am writing to update my personal details on file. Your firm helped me with my temporary residence card last year and is currently reviewing the lease for my new home.

I moved at the beginning of April, so please replace my old address (Apt 07.02, Tower B, The Vista, 628C Xa lộ Hà Nội, P. An Phú, TP. Thủ Đức) with the new one:

Villa 14, Đường số 9, Khu dân cư Thảo Điền Xanh, Phường An Khánh, TP.HCM

Everything else (mobile +84 937 552 018 and this email address) remains the same.

Many thanks,
Yuna Park
Finance Manager | Seoul Bio Vietnam
""",
    label=L("correction_request", "en", "Yuna Park", "+84937552018", "yuna.park@seoulbio-vn.com",
            "Villa 14, Đường số 9, Khu dân cư Thảo Điền Xanh, Phường An Khánh, TP.HCM",
            note="Old and new addresses both appear; the contact address is the new one."))

# ---------------------------------------------------------------- b004
add(file="b004", style="gmail", cte="quoted-printable",
    frm=("Kiều Oanh La", "kieuoanh.spa.bh@gmail.com"),
    to=SUPPORT, date="Mon, 06 Apr 2026 10:27:09 +0700",
    subject="Phí dịch vụ thành lập công ty bị tính cao hơn báo giá",
    text="""Chào anh chị bên Thịnh Trí,

Em là La Thị Kiều Oanh, chủ spa Kiều Oanh ở Biên Hòa. Ngày 12/3 em có nhận báo giá qua Zalo từ bạn tư vấn viên bên mình: trọn gói thành lập công ty TNHH một thành viên là 8.000.000đ, đã gồm phí nhà nước, khắc dấu và chữ ký số năm đầu.

Hôm qua em nhận được đề nghị thanh toán 12.500.000đ, thêm các khoản "phí tư vấn ngành nghề có điều kiện" và "phí xử lý hồ sơ gấp" mà trước đó không ai nói với em. Em cũng không hề yêu cầu làm gấp.

Em thấy cách làm này không minh bạch. Em chỉ đồng ý thanh toán đúng số tiền đã báo giá. Đề nghị bên mình kiểm tra lại và trả lời em bằng email, đừng chỉ gọi điện.

Kiều Oanh
0822 415 936
""",
    label=L("complaint", "vi", "La Thị Kiều Oanh", "+84822415936", "kieuoanh.spa.bh@gmail.com"))

# ---------------------------------------------------------------- b005 OOO
add(file="b005", style="outlook", format="plain", cte="quoted-printable",
    frm=("Lê Thị Ánh Tuyết", "tuyet.le@hoanggiatextile.com.vn"),
    to=INFO, date="Mon, 06 Apr 2026 13:50:41 +0700",
    subject="V/v cập nhật thông tin người đại diện trong hợp đồng dịch vụ pháp lý",
    subject_prefix="Trả lời tự động: ",
    in_reply_to="<5c1e0a77-2b4d-9f13-0e6a-7d02b8e4c911@thinhtrigroup.com>",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                   "Content-Language: vi-VN"],
    text="""Chào anh/chị,

Tôi đang đi công tác nước ngoài từ ngày 06/04 đến hết ngày 10/04/2026 và sẽ hạn chế kiểm tra email.

Các vấn đề liên quan đến hợp đồng và hồ sơ pháp lý, vui lòng liên hệ anh Đặng Quốc Toản - Phòng Pháp chế, email toan.dang@hoanggiatextile.com.vn, điện thoại (028) 3876 5432 - máy lẻ 118.

Trân trọng,
Lê Thị Ánh Tuyết
Trưởng phòng Pháp chế - Công ty CP Dệt may Hoàng Gia
""",
    label=L("unknown", "vi", **AUTO, automated=True,
            note="Out-of-office auto-reply (Auto-Submitted header); subject echoes the firm's mail about updating contract details; the contacts in the body belong to a colleague."))

# ---------------------------------------------------------------- b006
add(file="b006", style="gmail", cte="7bit",
    frm=("Quyet Mai", "maixuanquyet.na@gmail.com"),
    to=INFO, date="Mon, 06 Apr 2026 20:33:18 +0700",
    subject="hoi ve chia dat thua ke khi bo mat khong co di chuc",
    text="""Kinh gui luat su,
Toi ten la Mai Xuan Quyet, nam nay 58 tuoi, o huyen Dien Chau, Nghe An. Bo toi mat nam 2023, de lai mot manh dat 600m2 (co so do dung ten bo) va khong de lai di chuc. Me toi mat truoc do.
Anh em chung toi co 5 nguoi. Nay em trai ut toi dang o tren manh dat do va khong chiu chia, noi la bo da cho mieng rieng no. Cac chi em gai thi muon chia deu.
Xin luat su cho hoi:
- Truong hop nay chia thua ke nhu the nao theo phap luat?
- Neu em toi khong dong y ky thi co kien ra toa duoc khong, can giay to gi?
- Phi luat su neu theo vu nay ra toa la bao nhieu?
So dien thoai cua toi: 0986 214 730, co Zalo.
Xin cam on luat su.
Mai Xuan Quyet
""",
    label=L("service_request", "vi", "Mai Xuan Quyet", "+84986214730", "maixuanquyet.na@gmail.com"))

# ---------------------------------------------------------------- b007
add(file="b007", style="outlook", cte="7bit",
    frm=("Takeshi Morimoto", "t.morimoto@kansai-seimitsu.co.jp"),
    to=INFO, date="Tue, 07 Apr 2026 10:05:33 +0900",
    subject="Inquiry: establishing a subsidiary in Hai Phong",
    text="""Dear Sir/Madam,

My name is Takeshi Morimoto, and I am in charge of overseas business development at Kansai Seimitsu Co., Ltd., a manufacturer of precision metal parts based in Osaka.

We are considering establishing a 100% Japanese-owned subsidiary in Hai Phong to supply components to electronics manufacturers in northern Vietnam. We have not yet decided whether to lease a ready-built factory inside an industrial zone or to build our own.

We would be grateful if you could advise on:
1. The procedure and timeline for the Investment Registration Certificate and the Enterprise Registration Certificate;
2. Any investment incentives available for supporting industries;
3. Your estimated fees for handling the whole process.

We plan to visit Vietnam in late May and would like to meet your lawyers in person if possible. I can also be reached by phone at +81 90-4417-2286 (Japanese mobile).

Best regards,
Takeshi Morimoto
Manager, Overseas Business Development
Kansai Seimitsu Co., Ltd.
""",
    label=L("service_request", "en", "Takeshi Morimoto", "+819044172286", "t.morimoto@kansai-seimitsu.co.jp"))

# ---------------------------------------------------------------- b008
add(file="b008", style="gmail", cte="base64",
    frm=("Thu Thuy Dam", "damthuthuy.hn@gmail.com"),
    to=INFO, date="Tue, 07 Apr 2026 09:48:02 +0700",
    subject="Đề nghị hủy hồ sơ ứng tuyển năm 2025",
    text="""Kính gửi Phòng Nhân sự Công ty Hệ Thống Luật TNHH Thịnh Trí,

Tôi là Đàm Thu Thủy. Tháng 6/2025 tôi có nộp hồ sơ ứng tuyển vị trí Thư ký pháp lý của Công ty qua email này, gồm CV, ảnh chân dung, bản sao bằng cử nhân luật và bản sao căn cước.

Hiện tôi đã nhận việc ở nơi khác và không còn nhu cầu ứng tuyển. Tôi đề nghị Công ty xóa toàn bộ hồ sơ nói trên cùng các ghi chú phỏng vấn (nếu có) khỏi dữ liệu tuyển dụng, không lưu lại để xét cho các đợt sau.

Mong Công ty phản hồi xác nhận qua email giúp tôi.

Trân trọng,
Đàm Thu Thủy
0387 625 149
""",
    label=L("deletion_request", "vi", "Đàm Thu Thủy", "+84387625149", "damthuthuy.hn@gmail.com",
            note="Mentions a past job application, but the request is to delete the applicant's data; not a job application."))

# ---------------------------------------------------------------- b009
add(file="b009", style="gmail", cte="base64",
    frm=("Vũ Hoàng Long | BoostLaw Digital", "long.vu@boostlaw.agency"),
    to=INFO, date="Tue, 07 Apr 2026 11:12:45 +0700",
    subject="Tăng 3x lead khách hàng cho công ty luật với Google Ads & SEO local",
    text="""Hi anh/chị team Marketing của Thịnh Trí,

Em là Long, Growth Consultant bên BoostLaw Digital - agency chuyên performance marketing cho các law firm.

Em vừa audit nhanh website thinhtrigroup.com và thấy một số điểm có thể cải thiện ngay:
- Page speed trên mobile chỉ đạt 41/100;
- Chưa có landing page riêng cho các keyword high-intent như "luật sư ly hôn", "thành lập công ty trọn gói";
- Google Business Profile chưa tối ưu review.

Bên em đã giúp 15+ công ty luật tăng 2-3x số lead chỉ sau 90 ngày. Anh/chị có 15 phút cho một buổi call free consultation tuần này không ạ? Book lịch trực tiếp tại link: https://cal.boostlaw.agency/long-vu

Best regards,
Vũ Hoàng Long
Growth Consultant - BoostLaw Digital
Hotline: 0901 229 846
""",
    label=L("unknown", "mixed", "Vũ Hoàng Long", "+84901229846", "long.vu@boostlaw.agency",
            note="Cold marketing pitch to the firm."))

# ---------------------------------------------------------------- b010 reply complaint
add(file="b010", style="gmail", cte="quoted-printable",
    frm=("Dương Thị Hồng Nhung", "hongnhung.duong87@gmail.com"),
    to="=?UTF-8?B?VGjhu4tuaCBUcsOtIEdyb3Vw?= <support@thinhtrigroup.com>",
    date="Tue, 07 Apr 2026 15:36:40 +0700",
    subject="Tiến độ hồ sơ ly hôn thuận tình", subject_prefix="Re: ",
    in_reply_to="<a41f7c02-93d8-5be1-7c60-2f1e8b0d6a53@thinhtrigroup.com>",
    text="""Anh Minh,

Đây là lần thứ 3 em nhận được câu "tuần sau sẽ có". Hồ sơ em ký từ 10/2, đã đóng đủ phí, vậy mà đến giờ vẫn chưa nộp được lên tòa vì bên mình "đang hoàn thiện đơn". Lần nào em gọi hotline cũng được hẹn gọi lại nhưng không ai gọi.

Em đã phải xin nghỉ làm 2 buổi để lên văn phòng ký giấy, giờ lại phải chờ không biết tới bao giờ. Em rất bức xúc. Đề nghị anh hoặc trưởng bộ phận trả lời rõ: ngày nào nộp đơn, ai chịu trách nhiệm cho việc chậm trễ này. Nếu trong tuần này không có câu trả lời cụ thể, em sẽ yêu cầu thanh lý hợp đồng và hoàn phí.

Hồng Nhung
0976 332 508
""",
    quote={"kind": "gmail",
           "attr": "Vào Th 6, 27 thg 3, 2026 vào lúc 16:05 Thịnh Trí Group <support@thinhtrigroup.com> đã viết:",
           "text": """Chào chị Nhung,

Bộ phận tố tụng đang hoàn thiện đơn yêu cầu công nhận thuận tình ly hôn và bản thỏa thuận nuôi con. Dự kiến tuần sau bên em sẽ gửi chị bản cuối để xem lại trước khi nộp tòa.

Mọi thắc mắc chị vui lòng liên hệ hotline 1800 63 65.

Trân trọng,
Lê Quang Minh
Chuyên viên pháp lý
Công ty Hệ Thống Luật TNHH Thịnh Trí
57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM"""},
    label=L("complaint", "vi", "Dương Thị Hồng Nhung", "+84976332508", "hongnhung.duong87@gmail.com",
            note="Reply; only the top part is new. Quoted firm text carries the firm's hotline and address. Full name only in the From display name."))

# ---------------------------------------------------------------- b011
add(file="b011", style="gmail", cte="quoted-printable",
    frm=("Tracy Quan", "tracy.quanbaotran@gmail.com"),
    to=SUPPORT, date="Tue, 07 Apr 2026 22:14:03 +0700",
    subject="Đổi số điện thoại - update contact",
    text="""Hi team,

Em là Quan Bảo Trân (Tracy), đang làm hồ sơ đăng ký quyền tác giả cho bộ illustration với bên mình ạ.

Em vừa đổi sang SIM mới nên nhờ team update giúp số phone trong hồ sơ: số mới là 0328 905 174. Số cũ em không dùng nữa nên mọi người đừng gọi số đó nha, có gì nhắn Zalo số mới giúp em.

Email thì vẫn giữ nguyên ạ. Thanks team nhiều!

--
Tracy Quan | Illustrator & Visual Designer
M: 0978 316 250
Behance: behance.net/tracyquan
""",
    label=L("correction_request", "mixed", "Quan Bảo Trân", "+84328905174", "tracy.quanbaotran@gmail.com",
            note="The automatic email signature still shows the old number 0978 316 250; the contact phone is the new one given in the body."))

# ---------------------------------------------------------------- b012 windows-1258
add(file="b012", style="oe", format="plain", cte="quoted-printable", charset="windows-1258",
    header_charset="windows-1258", header_enc="Q",
    frm=("Trịnh Công Lượng", "trinhcongluong@vnn.vn"), msgid_domain="LUONG-PC",
    mailer="X-Mailer: Microsoft Outlook Express 6.00.2900.5931",
    extra_headers=["X-Priority: 3", "X-MSMail-Priority: Normal",
                   "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157"],
    to=INFO, date="Wed, 08 Apr 2026 07:55:20 +0700",
    subject="Nhờ tư vấn làm hợp đồng tặng cho đất cho các con",
    text="""Kính gửi Quý Công ty,

Tôi là Trịnh Công Lượng, năm nay 71 tuổi, giáo viên về hưu. Vợ chồng tôi có một thửa đất ở và một thửa đất vườn đứng tên hai vợ chồng. Chúng tôi muốn khi còn minh mẫn thì làm thủ tục tặng cho các con (hai con trai, một con gái) để sau này các cháu không phải tranh chấp.

Xin Công ty hướng dẫn giúp:
- Nên làm hợp đồng tặng cho hay lập di chúc thì tốt hơn;
- Tặng cho giữa cha mẹ và con có phải nộp thuế, lệ phí trước bạ không;
- Thủ tục sang tên mất bao lâu.

Nếu cần gặp trực tiếp, Công ty có thể gửi thư hoặc gọi cho tôi theo địa chỉ:
Số 12 ngõ 45 Trần Nhân Tông, Phường Nam Định, tỉnh Ninh Bình
Điện thoại nhà: (0228) 3846 519

Xin chân thành cảm ơn.
Trịnh Công Lượng
""",
    label=L("service_request", "vi", "Trịnh Công Lượng", "+842283846519", "trinhcongluong@vnn.vn",
            "Số 12 ngõ 45 Trần Nhân Tông, Phường Nam Định, tỉnh Ninh Bình",
            note="Body and headers are windows-1258 with combining tone marks; values compare after NFC. Landline only."))

# ---------------------------------------------------------------- b013
add(file="b013", style="gmail", cte="7bit",
    frm=("Sophie Laurent", "sophie.laurent.hn@gmail.com"),
    to=INFO, date="Wed, 08 Apr 2026 09:20:14 +0700",
    subject="Subject access request",
    text="""Hello,

I consulted your firm in November 2025 about a dispute with my former landlord in Hanoi and sent you a copy of my passport, my lease and some bank transfer receipts.

Under Vietnam's personal data protection rules I would like to know:
- what personal data about me you currently hold, and where it came from;
- whether any of it has been shared with third parties (other law firms, translators, authorities, etc.), and if so with whom;
- how long you intend to keep it.

Please also send me a copy of that data in electronic form to this address. I am not asking you to delete anything at this stage.

Kind regards,
Sophie Laurent
+84 912 073 586
""",
    label=L("access_request", "en", "Sophie Laurent", "+84912073586", "sophie.laurent.hn@gmail.com"))

# ---------------------------------------------------------------- b014
add(file="b014", style="outlookweb", cte="base64",
    frm=("Châu Ngọc Diễm", "ngocdiem.chau@outlook.com"),
    to=INFO, date="Wed, 08 Apr 2026 10:42:37 +0700",
    subject="Khiếu nại việc đăng câu chuyện của tôi lên fanpage Công ty",
    text="""Kính gửi Ban Giám đốc Công ty Thịnh Trí,

Tôi là Châu Ngọc Diễm, khách hàng được Công ty hỗ trợ vụ tranh chấp tài sản sau ly hôn, kết thúc tháng 2/2026.

Ngày 5/4 bạn tôi gửi cho tôi đường link bài viết trên fanpage "Thịnh Trí Group" với tiêu đề "Giành lại căn nhà 2 tỷ cho nữ chủ tiệm vải ở Vĩnh Long". Tuy bài không ghi tên tôi, nhưng có đủ chi tiết: tiệm vải ở chợ Vĩnh Long, chồng cũ làm thầu xây dựng, hai con sinh đôi, số tiền chia tài sản... Người quen đọc là biết ngay đó là tôi. Tôi chưa bao giờ đồng ý cho Công ty dùng vụ việc của mình để quảng cáo.

Việc này làm tôi rất xấu hổ với bà con, chồng cũ tôi cũng đã gọi điện chửi bới. Tôi yêu cầu:
1. Gỡ bài viết ngay lập tức;
2. Công ty giải thích bằng văn bản ai đã quyết định đăng bài và xin lỗi tôi;
3. Cam kết không sử dụng thông tin vụ việc của tôi dưới bất kỳ hình thức nào nữa.

Châu Ngọc Diễm
ĐT: 0939 118 507
""",
    label=L("complaint", "vi", "Châu Ngọc Diễm", "+84939118507", "ngocdiem.chau@outlook.com",
            note="Demands removal of a marketing post that disclosed her case; a complaint about disclosure, not a request to delete her records."))

# ---------------------------------------------------------------- b015 forward + attachment
add(file="b015", style="yahoo", cte="quoted-printable",
    frm=("Quach My Linh", "mylinh_maymac@yahoo.com"),
    to=INFO, date="Wed, 08 Apr 2026 14:07:55 +0700",
    subject="nhờ luật sư đòi nợ tiền gia công hàng may", subject_prefix="Fw: ",
    text="""Chào Công ty Thịnh Trí,

Tôi là Quách Thị Mỹ Linh, chủ xưởng may gia công Mỹ Linh ở Dĩ An. Từ tháng 10/2025 đến tháng 1/2026 xưởng tôi gia công áo thun cho một shop bán hàng online, tổng tiền còn nợ là 186.400.000 đồng (bảng công nợ tôi gửi kèm). Bên đó hứa trả nhiều lần nhưng không trả, email bên dưới là lần hứa gần nhất.

Hai bên có hợp đồng gia công ký tay và các phiếu giao hàng có chữ ký nhận. Tôi muốn nhờ luật sư gửi thư đòi nợ, nếu không được thì khởi kiện. Xin báo giúp chi phí và các giấy tờ cần chuẩn bị.

Điện thoại/Zalo: 0938 025 671
Quách Thị Mỹ Linh


----- Forwarded Message -----
From: Shop Nhà Bơ <shopnhabo.official@gmail.com>
To: mylinh_maymac@yahoo.com <mylinh_maymac@yahoo.com>
Sent: Thursday, March 26, 2026 at 09:14:22 PM GMT+7
Subject: Re: công nợ tháng 12-1

Chị Linh ơi, bên em đang kẹt dòng tiền do đợt sale vừa rồi bị lỗ. Cuối tháng 4 em chuyển trước 50 triệu, phần còn lại em xin trả góp. Có gì chị gọi em số 0707 448 213 nha.
Thảo - Shop Nhà Bơ
""",
    attachments="xlsx:cong-no-shop-nha-bo.xlsx",
    label=L("service_request", "vi", "Quách Thị Mỹ Linh", "+84938025671", "mylinh_maymac@yahoo.com",
            note="Forwarded debtor email contains the debtor's phone 0707 448 213 and address; the sender's own number is 0938 025 671."))


# ---------------------------------------------------------------- b016 Exchange NDR
def raw_b016(mk):
    C = mk.CRLF
    ids = mk.Ids("b016")
    orig_id = "<7d2e91c4-0b5a-4f38-a6e1-93c0d1f27b85@thinhtrigroup.com>"
    rcpt = "son.pn@hungthinhsteel.com.vn"
    orig_body = """Kính gửi ông Phạm Ngọc Sơn,

Công ty Hệ Thống Luật TNHH Thịnh Trí xác nhận đã tiếp nhận yêu cầu ngày 06/04/2026 của ông về việc xóa dữ liệu cá nhân. Chúng tôi đã xóa số điện thoại 0983 517 264 và địa chỉ email của ông khỏi danh sách gửi thông tin tiếp thị; hồ sơ vụ việc năm 2024 sẽ được lưu trữ đến hết thời hạn theo quy định và hủy sau đó.

Nếu cần thêm thông tin, xin vui lòng liên hệ hotline 1800 63 65.

Trân trọng,
Bộ phận Chăm sóc Khách hàng
Công ty Hệ Thống Luật TNHH Thịnh Trí
"""
    orig_subj = "Xác nhận xử lý yêu cầu xóa dữ liệu cá nhân"
    cte, ob = mk.encode_body(orig_body, "utf-8", "quoted-printable")
    orig = C.join([
        "MIME-Version: 1.0",
        "From: Thinh Tri Support <support@thinhtrigroup.com>",
        "To: " + rcpt,
        "Subject: " + mk.ew(orig_subj, "UTF-8", "Q"),
        "Date: Wed, 08 Apr 2026 16:29:51 +0700",
        "Message-ID: " + orig_id,
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: quoted-printable",
    ]) + C + C + ob
    plain = """Delivery has failed to these recipients or groups:

son.pn@hungthinhsteel.com.vn (son.pn@hungthinhsteel.com.vn)
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.


Diagnostic information for administrators:

Generating server: HTS-EX01.hungthinhsteel.local

son.pn@hungthinhsteel.com.vn
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message Cannot open mailbox /o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=son.pn. 16.55847:6A0D0000'

Original message headers:

From: Thinh Tri Support <support@thinhtrigroup.com>
To: son.pn@hungthinhsteel.com.vn
Date: Wed, 08 Apr 2026 16:29:51 +0700
Message-ID: <7d2e91c4-0b5a-4f38-a6e1-93c0d1f27b85@thinhtrigroup.com>
"""
    htm = ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\">\n</head>\n"
           "<body>\n<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Delivery has failed to these recipients or groups:</font></b></p>\n"
           "<font color=\"#000000\" size=\"2\" face=\"Tahoma\"><p><a href=\"mailto:son.pn@hungthinhsteel.com.vn\">son.pn@hungthinhsteel.com.vn</a><br>\n"
           "</font><font color=\"#000000\" size=\"3\" face=\"Arial\">The recipient's mailbox is full and can't accept messages now. "
           "Please try resending your message later, or contact the recipient directly.</font></p>\n"
           "<br>\n<font color=\"#808080\" size=\"2\" face=\"Tahoma\"><p><b>Diagnostic information for administrators:</b></p>\n"
           "<p>Generating server: HTS-EX01.hungthinhsteel.local</p>\n"
           "<p>son.pn@hungthinhsteel.com.vn<br>\nRemote Server returned '554 5.2.2 mailbox full; "
           "STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'<br>\n</p>\n</font>\n</body>\n</html>\n")
    b_alt = "_000_%s_" % ids.hex(30, True)
    p1 = mk.leaf("text/plain", plain, "us-ascii", "quoted-printable")
    p2 = mk.leaf("text/html", htm, "us-ascii", "quoted-printable")
    h_alt, body_alt = mk.multipart("alternative", b_alt, [p1, p2])
    alt_part = h_alt + C + C + body_alt
    dsn = C.join([
        "Content-Type: message/delivery-status", "",
        "Reporting-MTA: dns;HTS-EX01.hungthinhsteel.local",
        "Received-From-MTA: dns;mail.thinhtrigroup.com",
        "Arrival-Date: Wed, 8 Apr 2026 09:29:53 +0000",
        "",
        "Final-Recipient: rfc822;son.pn@hungthinhsteel.com.vn",
        "Action: failed",
        "Status: 5.2.2",
        "Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
        "X-Display-Name: Pham Ngoc Son",
        ""])
    rfc = "Content-Type: message/rfc822" + C + C + orig
    b_rep = "_%s_" % ids.hex(28, True)
    h_rep, body_rep = mk.multipart("report", b_rep, [alt_part, dsn, rfc],
                                   params=";" + C + ' report-type="delivery-status"')
    hdrs = [
        "Return-Path: <>",
        "MIME-Version: 1.0",
        "From: postmaster@hungthinhsteel.com.vn",
        "To: support@thinhtrigroup.com",
        "Date: Wed, 08 Apr 2026 16:30:02 +0700",
        "Subject: Undeliverable: " + mk.ew(orig_subj, "UTF-8", "B"),
        "Message-ID: <%s@HTS-EX01.hungthinhsteel.local>" % ids.uuid(),
        "In-Reply-To: " + orig_id,
        "References: " + orig_id,
        "X-MS-Exchange-Message-Is-Ndr:",
        "Content-Language: en-US",
        h_rep,
    ]
    return C.join(hdrs) + C + C + body_rep


add(file="b016", raw=raw_b016,
    label=L("unknown", "en", **AUTO, automated=True,
            note="Exchange non-delivery report (postmaster, 'Undeliverable:', multipart/report, no Auto-Submitted header) for the firm's own confirmation of a deletion request; the name and phone in the returned original are a customer's, not a sender's."))

# ---------------------------------------------------------------- b017 reply correction
add(file="b017", style="gmail", cte="quoted-printable",
    frm=("Lò Văn Thành", "lovanthanh.sl@gmail.com"),
    to="=?UTF-8?B?VsWpIE5n4buNYyBEaeG7h3A=?= <support@thinhtrigroup.com>",
    date="Thu, 09 Apr 2026 08:12:26 +0700",
    subject="Xác nhận thông tin đăng ký dịch vụ tư vấn", subject_prefix="Re: ",
    in_reply_to="<e03b7a5d-18c2-4d6f-b0a9-6f5c2e1d9a70@thinhtrigroup.com>",
    text="""Chào chị Diệp,

Cảm ơn chị đã gửi xác nhận. Tôi kiểm tra thấy có 2 chỗ bị sai, nhờ chị sửa lại trong hồ sơ giúp:
- Số điện thoại đúng là 0915 270 334 (trong thư chị ghi 0915 207 334, bị đảo số).
- Địa chỉ đúng là Tổ 3, Phường Tô Hiệu, tỉnh Sơn La, không phải Phường Chiềng Lề.

Các thông tin khác đã đúng. Tôi sẽ tham gia đúng lịch hẹn.

Lò Văn Thành
""",
    quote={"kind": "gmail",
           "attr": "Vào Th 4, 8 thg 4, 2026 vào lúc 10:12 Vũ Ngọc Diệp <support@thinhtrigroup.com> đã viết:",
           "text": """Kính gửi ông Lò Văn Thành,

Công ty xác nhận đã tiếp nhận yêu cầu tư vấn của ông về tranh chấp ranh giới đất với hộ liền kề. Thông tin đăng ký như sau:
- Họ tên: Lò Văn Thành
- Điện thoại: 0915 207 334
- Địa chỉ: Tổ 3, Phường Chiềng Lề, tỉnh Sơn La
- Hình thức: tư vấn trực tuyến qua Zalo, 9h00 ngày 14/04/2026

Nếu thông tin chưa chính xác, ông vui lòng phản hồi email này.

Trân trọng,
Vũ Ngọc Diệp
Công ty Hệ Thống Luật TNHH Thịnh Trí | Hotline 1800 63 65"""},
    label=L("correction_request", "vi", "Lò Văn Thành", "+84915270334", "lovanthanh.sl@gmail.com",
            "Tổ 3, Phường Tô Hiệu, tỉnh Sơn La",
            note="Reply; the quoted firm confirmation holds the wrong phone 0915 207 334 and old ward; contact uses the corrected values from the new text."))

# ---------------------------------------------------------------- b018 thunderbird
add(file="b018", style="thunderbird", format="plain", cte="7bit", ct_params='; format="flowed"',
    frm=("Priya Raghunathan", "priya.r@helios-renewables.in"),
    to=INFO, date="Thu, 09 Apr 2026 07:33:08 +0530",
    subject="Work permit and TRC for me, plus visa for my husband",
    text="""Hello,

I am an Indian national and have accepted a position as Senior Electrical Engineer with a solar farm operator in Khanh Hoa province, starting 1 July 2026. My employer's HR team is small and has suggested I find a law firm to handle the paperwork.

I would like a quote for:
- my work permit (I hold a B.Tech and 9 years of experience);
- a temporary residence card once the work permit is issued;
- a dependent visa / TRC for my husband, who will relocate with me.

My degree and experience letters are from India - do they need consular legalisation in New Delhi, or can this be done in Vietnam?

I am in Chennai until mid-May. You can call or WhatsApp me at +91 98401 57733.

Thanks and regards,
Priya Raghunathan
""",
    label=L("service_request", "en", "Priya Raghunathan", "+919840157733", "priya.r@helios-renewables.in"))

# ---------------------------------------------------------------- b019 html-only
add(file="b019", style="outlookweb", format="html", cte="quoted-printable",
    frm=("Lã Minh Hằng", "laminhhang@hotmail.com"),
    to=INFO, date="Thu, 09 Apr 2026 11:25:13 +0700",
    subject="Rút lại sự đồng ý và đề nghị hủy dữ liệu cá nhân",
    text="""Kính gửi Công ty Hệ Thống Luật TNHH Thịnh Trí,

Ngày 20/3/2026 tôi có điền phiếu đăng ký tư vấn trên website thinhtrigroup.com (mục hỏi đáp về hợp đồng lao động), gồm họ tên, số điện thoại, email và tên công ty tôi đang làm. Sau đó tôi đã tự giải quyết được việc của mình và không sử dụng dịch vụ của Công ty.

Căn cứ mục 3 Chính sách bảo mật thông tin của Công ty ("dữ liệu cá nhân của khách sẽ được lưu trữ trong quá trình cung cấp dịch vụ cho khách và sẽ bị hủy khi có yêu cầu từ khách hàng"), tôi rút lại sự đồng ý đã đưa ra và đề nghị Công ty hủy toàn bộ thông tin tôi đã cung cấp trong phiếu đăng ký.

Số điện thoại tôi đã khai để Công ty đối chiếu: 0913 552 806.

Trân trọng,
Lã Minh Hằng
""",
    label=L("deletion_request", "vi", "Lã Minh Hằng", "+84913552806", "laminhhang@hotmail.com",
            note="'Hủy' here means destroying the data (withdrawal of consent + erasure), unlike cancelling a service. HTML-only body."))

# ---------------------------------------------------------------- b020
add(file="b020", style="gmail", cte="7bit",
    frm=("Sol Thach", "thachvansol.st@gmail.com"),
    to=SUPPORT, date="Thu, 09 Apr 2026 19:48:35 +0700",
    subject="khieu nai nhan vien tong dai va luat su khong den",
    text="""Kinh gui cong ty Thinh Tri,
Toi la Thach Van Sol o Soc Trang. Ngay 20/3 toi da chuyen khoan 3.000.000d tien coc cho cong ty de luat su ve xem vu tranh chap ranh dat cua gia dinh toi, hen ngay 2/4 luat su xuong. Toi xin nghi o nha cho ca ngay ma khong thay ai toi, cung khong ai goi bao.
Toi goi tong dai 1800 63 65 thi co nhan vien nu noi chuyen rat kho chiu, noi "chu o xa qua thi phai cho lich" roi tat may ngang. Toi lam ruong, tien coc do la tien ban lua, toi thay bi coi thuong.
Toi yeu cau cong ty tra loi ro rang khi nao luat su xuong, neu khong thi tra lai tien coc cho toi.
Thach Van Sol
DT 0359 204 771
""",
    label=L("complaint", "vi", "Thach Van Sol", "+84359204771", "thachvansol.st@gmail.com",
            note="The firm's hotline 1800 63 65 appears in the body; the sender's number is 0359 204 771."))

# ---------------------------------------------------------------- b021 internship application
add(file="b021", style="gmail", cte="quoted-printable",
    frm=("Lý Ngọc Khánh Linh", "khanhlinh.ly.hcmulaw@gmail.com"),
    to=INFO, date="Fri, 10 Apr 2026 08:30:47 +0700",
    subject="[Ứng tuyển] Thực tập sinh pháp lý - Lý Ngọc Khánh Linh - SV năm 4 ĐH Luật TP.HCM",
    text="""Kính gửi Anh/Chị phụ trách tuyển dụng,

Em là Lý Ngọc Khánh Linh, sinh viên năm 4 chuyên ngành Luật Thương mại, Trường Đại học Luật TP.HCM (GPA 3.42/4). Em được biết Công ty đang tuyển thực tập sinh pháp lý cho mảng Doanh nghiệp qua trang việc làm của trường.

Em đã có 6 tháng thực tập tại phòng pháp chế một công ty logistics, chủ yếu rà soát hợp đồng và theo dõi hồ sơ đăng ký doanh nghiệp. Em có thể làm toàn thời gian từ tháng 6/2026.

Em xin gửi kèm CV và bảng điểm. Rất mong có cơ hội được phỏng vấn.

Trân trọng,
Lý Ngọc Khánh Linh
SĐT: 0385 119 274
""",
    attachments=["pdf:CV_LyNgocKhanhLinh.pdf", "pdf:BangDiem_LyNgocKhanhLinh.pdf"],
    label=L("unknown", "vi", "Lý Ngọc Khánh Linh", "+84385119274", "khanhlinh.ly.hcmulaw@gmail.com",
            note="Internship application, not a customer request."))

# ---------------------------------------------------------------- b022
add(file="b022", style="outlook", cte="7bit",
    frm=("Olivia Tremblay", "O.Tremblay@MapleLeafHospitality.ca"),
    to=SUPPORT, cc=INFO, date="Fri, 10 Apr 2026 10:10:21 +0700",
    subject="Formal complaint - IRC/ERC application still not filed after 3 months",
    text="""Dear Thinh Tri management,

I am writing to formally complain about the handling of our investment and enterprise registration for a cafe in Hoi An.

We signed your engagement letter on 8 January 2026 and paid the first instalment of USD 2,400 the same week. We were told the Investment Registration Certificate application would be filed by mid-February. It is now April and, as far as I can tell, nothing has been submitted.

Our original contact at your firm stopped replying in early March. When I called your hotline I was told he had left the company and that someone would "take over the file" - nobody has contacted me since. Meanwhile we are paying rent on premises we cannot legally operate from.

I would like:
1. a written status update with the actual filing date;
2. the name of the lawyer now responsible; and
3. your proposal for compensating us for the delay, including a partial refund.

Please reply in writing. I can also be reached on +84 342 905 117.

Regards,
Olivia Tremblay
Co-owner, Maple Leaf Hospitality
""",
    label=L("complaint", "en", "Olivia Tremblay", "+84342905117", "o.tremblay@mapleleafhospitality.ca",
            note="From address is mixed case; the label is lowercase."))

# ---------------------------------------------------------------- b023 iPhone
add(file="b023", style="iphone", format="plain", cte="quoted-printable", msgid_domain="icloud.com",
    frm=("Võ Thanh Tâm", "thanhtam.vo.dn@icloud.com"),
    to=INFO, date="Fri, 10 Apr 2026 13:44:09 +0700",
    subject="Nhờ luật sư giúp vụ tai nạn giao thông của mẹ tôi",
    text="""Chào Công ty,

Tôi là Võ Thanh Tâm, ở Đà Nẵng. Sáng 3/4 mẹ tôi là bà Ngô Thị Sen (67 tuổi) đi xe đạp thì bị xe tải của một công ty vận tải tông từ phía sau trên đường Trường Sa. Mẹ tôi bị gãy xương đùi, hiện nằm viện, chi phí mổ đã gần 90 triệu.

Công an đã lập biên bản, tài xế có nồng độ cồn. Bên công ty vận tải mới gửi 10 triệu rồi im lặng, nói chờ bảo hiểm.

Tôi muốn nhờ luật sư đại diện gia đình làm việc với công ty vận tải và bảo hiểm để đòi bồi thường đầy đủ (viện phí, thu nhập bị mất, người chăm sóc). Luật sư có thể gọi tôi số 0905.772.164 bất cứ lúc nào.

Cảm ơn.
Tâm

Gửi từ iPhone của tôi
""",
    label=L("service_request", "vi", "Võ Thanh Tâm", "+84905772164", "thanhtam.vo.dn@icloud.com",
            note="The injured mother Ngô Thị Sen is named; the sender is her child Võ Thanh Tâm."))

# ---------------------------------------------------------------- b024
add(file="b024", style="gmail", cte="7bit",
    frm=("Mo Khuc", "khucthimo1979@gmail.com"),
    to=INFO, date="Fri, 10 Apr 2026 16:58:30 +0700",
    subject="xin lai ban ghi am va ghi chu buoi tu van",
    text="""Chao cong ty,
Toi la Khuc Thi Mo, ngay 18/2/2026 toi co tu van qua dien thoai voi luat su ben cong ty ve viec chong toi vay no nhan danh ca hai vo chong. Luc do nhan vien co noi cuoc goi duoc ghi am.
Nay toi muon xin lai ban ghi am cuoc goi do, cung voi ghi chu noi dung tu van va cac thong tin ca nhan cua toi ma cong ty dang luu (so dien thoai, dia chi, giay to toi da gui qua Zalo). Cong ty gui qua email nay giup toi.
So dt cua toi luc tu van: 0869 203 415
Cam on cong ty.
""",
    label=L("access_request", "vi", "Khuc Thi Mo", "+84869203415", "khucthimo1979@gmail.com"))

# ---------------------------------------------------------------- b025
add(file="b025", style="gmail", cte="7bit",
    frm=("tham hoang", "hoangtham.bg93@gmail.com"),
    to=INFO, date="Sat, 11 Apr 2026 09:37:52 +0700",
    subject="tu van ly hon khi chong dang o dai loan",
    text="""chao luat su,
em ten Hoang Thi Tham, 33 tuoi, que Bac Giang. chong em di xuat khau lao dong o Dai Loan tu nam 2022, 2 nam nay gan nhu khong gui tien ve, goi thi khong nghe, em nghe noi anh ay da co nguoi khac ben do.
em muon ly hon va nuoi 2 con (1 dua 9 tuoi, 1 dua 6 tuoi). chong em khong chiu ve ky giay thi em co ly hon don phuong duoc khong, co can gui giay to sang Dai Loan khong, mat bao lau a?
so chong em ben do la +886 912 337 054 neu luat su can lien he. con em thi so em la 0399 518 246, luat su goi buoi toi giup em vi ban ngay em di lam cong ty.
em cam on luat su nhieu.
""",
    label=L("service_request", "vi", "Hoang Thi Tham", "+84399518246", "hoangtham.bg93@gmail.com",
            note="The husband's Taiwanese number +886 912 337 054 also appears; the sender's own number is 0399 518 246."))

# ---------------------------------------------------------------- b026 scam
add(file="b026", style="plain", format="plain", cte="7bit",
    message_id="<2026041122051620417310@asia-reg-center.com>",
    frm=("Jason Liu", "jason.liu@asia-reg-center.com"),
    mailer="X-Mailer: Foxmail 7.2.25.228[cn]",
    to=INFO, date="Sat, 11 Apr 2026 22:05:16 +0800",
    subject="thinhtrigroup - Intellectual Property/Brand Name Registration",
    text="""Dear CEO,

(If you are not the person who is in charge of this, please forward this to your CEO, because this is urgent. Thanks)

We are a Network Service Company which is the domain name registration center in Shanghai, China. On April 9, 2026, we received an application from Hongsheng Holdings Ltd requesting "thinhtrigroup" as their internet keyword and China (CN) domain names (thinhtrigroup.cn, thinhtrigroup.com.cn, thinhtrigroup.net.cn, thinhtrigroup.org.cn).

But after checking it, we find this name conflicts with your company name or trademark. In order to deal with this matter better, it is necessary to send email to you and confirm whether this company is your distributor or business partner in China?

Best Regards,

Jason Liu | Service & Operations Manager
Asia Registration Center (Head Office)
Tel: +86-21-6191 8696
www.asia-reg-center.com
""",
    label=L("unknown", "en", "Jason Liu", "+862161918696", "jason.liu@asia-reg-center.com",
            note="Chinese domain-registration scam; unsolicited, not a customer request."))

# ---------------------------------------------------------------- b027 iso-8859-1
add(file="b027", style="thunderbird", format="plain", cte="quoted-printable", charset="iso-8859-1",
    ct_params='; format="flowed"', header_charset="ISO-8859-1", header_enc="Q",
    frm=("Mateo García", "mateo.garcia.r@gmail.com"),
    to=INFO, date="Sun, 12 Apr 2026 05:22:40 +0200",
    subject="Deletion of my personal data - leaving Vietnam",
    text="""Dear Thinh Tri Legal,

You handled my work permit and temporary residence card between 2023 and 2025, while I was teaching at an international school in Thu Duc. My contract has ended and I have moved back to Spain for good.

I would therefore ask you to delete the personal data you still hold about me - passport scans, my degree, the criminal record certificate, photos and contact details - except for anything you are legally required to keep. In that case, please tell me what you are keeping and until when.

A short confirmation by e-mail is enough. If you need to reach me by phone, my Spanish number is +34 612 48 93 07.

Muchas gracias y saludos desde Valencia,
Mateo García Ruiz
""",
    label=L("deletion_request", "en", "Mateo García Ruiz", "+34612489307", "mateo.garcia.r@gmail.com",
            note="ISO-8859-1 headers and body; the signature gives the full name with both surnames."))

# ---------------------------------------------------------------- b028
add(file="b028", style="outlookweb", cte="quoted-printable",
    frm=("Cao Thị Mai Anh", "caomaianh88@hotmail.com"),
    to=SUPPORT, date="Sun, 12 Apr 2026 15:40:03 +0700",
    subject="Đổi email liên hệ do email cũ bị hack",
    text="""Chào anh/chị,

Tôi là Cao Thị Mai Anh, đang được Công ty hỗ trợ thủ tục sang tên sổ hồng căn hộ ở Thủ Đức.

Hộp thư hotmail này của tôi tuần trước bị người lạ đăng nhập và gửi thư rác cho danh bạ. Tôi đã lấy lại được nhưng không còn yên tâm dùng nữa. Từ nay xin Công ty gửi mọi thông báo, giấy tờ về hồ sơ của tôi qua email mới: maianh.cao.2026@gmail.com, và không gửi vào địa chỉ này nữa.

Nếu có thư nào từ địa chỉ cũ của tôi yêu cầu chuyển tiền hay gửi giấy tờ, mong Công ty gọi xác nhận với tôi trước qua số 0944 286 713.

Cảm ơn anh/chị.
Mai Anh
""",
    label=L("correction_request", "vi", "Cao Thị Mai Anh", "+84944286713", "maianh.cao.2026@gmail.com",
            note="New contact email in the body differs from the From address."))

# ---------------------------------------------------------------- b029 OOO en
add(file="b029", style="outlook", cte="quoted-printable",
    frm=("Daniel Whitmore", "d.whitmore@harboursidecapital.sg"),
    to=INFO, date="Mon, 13 Apr 2026 08:30:11 +0800",
    subject="Re: Your request for a copy of your personal data",
    subject_prefix="Automatic reply: ",
    in_reply_to="<4b8f2c6e-71a0-4e5d-b39c-0c6a8d2f15e7@thinhtrigroup.com>",
    extra_headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
                   "Thread-Topic: Your request for a copy of your personal data",
                   "Content-Language: en-US"],
    text="""Thank you for your email. I am out of the office until Monday 20 April with limited access to email.

For urgent matters please contact my assistant, Ms Cheryl Ong, at cheryl.ong@harboursidecapital.sg or +65 6225 8140.

Kind regards,
Daniel Whitmore
""",
    label=L("unknown", "en", **AUTO, automated=True,
            note="Out-of-office auto-reply; the subject echoes an access-request thread; the phone and email in the body are an assistant's."))

# ---------------------------------------------------------------- b030 PDP compliance
add(file="b030", style="gmail", cte="quoted-printable",
    frm=("Phạm Ngọc Thảo", "thao.pham@moclam.vn"),
    to=INFO, date="Mon, 13 Apr 2026 08:16:44 +0700",
    subject="Cần tư vấn compliance Luật Bảo vệ dữ liệu cá nhân cho e-commerce",
    text="""Hi anh chị Thịnh Trí,

Em là Ngọc Thảo, Head of Operations bên Mộc Lam (brand mỹ phẩm thuần chay, bán chủ yếu qua website và TikTok Shop). Database bên em hiện có khoảng 40.000 customers, gồm tên, số điện thoại, địa chỉ giao hàng và một phần là thông tin tình trạng da khách tự khai khi làm skin quiz.

Từ khi Luật Bảo vệ dữ liệu cá nhân có hiệu lực, bên em bắt đầu nhận request từ khách kiểu "xóa dữ liệu của tôi", "cho tôi xem các bạn lưu gì về tôi" mà team chưa có quy trình xử lý. Em cần bên mình support:
- Gap assessment hiện trạng thu thập & lưu trữ data;
- Soạn privacy policy, consent form và quy trình xử lý yêu cầu của chủ thể dữ liệu;
- Tư vấn việc chia sẻ data cho đơn vị vận chuyển và agency quảng cáo.

Anh chị gửi em proposal và timeline nhé. Em available để call trong tuần này.

Thanks,
Phạm Ngọc Thảo
Head of Operations - Mộc Lam Cosmetics
M: (+84) 779 305 618
""",
    label=L("service_request", "mixed", "Phạm Ngọc Thảo", "+84779305618", "thao.pham@moclam.vn",
            note="A business asks for data-protection compliance consulting; the quoted 'xóa dữ liệu' / access requests come from her own customers, not about herself."))

# ---------------------------------------------------------------- b031
add(file="b031", style="outlook", cte="quoted-printable", html_lang="VI",
    frm=("Tôn Nữ Hoài An", "hoaian.tonnu@gmail.com"), msgid_domain="gmail.com",
    to=SUPPORT, date="Mon, 13 Apr 2026 09:52:18 +0700",
    subject="Khiếu nại: Công ty làm thất lạc bản chính giấy chứng nhận quyền sử dụng đất",
    text="""Kính gửi Ban lãnh đạo Công ty Thịnh Trí,

Ngày 24/02/2026 tôi đã giao cho nhân viên văn phòng Công ty bản chính Giấy chứng nhận quyền sử dụng đất đứng tên mẹ tôi và bản chính giấy ủy quyền có công chứng để làm thủ tục cấp đổi, có biên nhận ký tên đầy đủ.

Ngày 08/04 tôi được báo hồ sơ "tạm dừng", và khi tôi đề nghị nhận lại giấy tờ thì Công ty trả lời đang tìm, có thể đã thất lạc giữa các bộ phận. Đây là giấy tờ tài sản lớn nhất của gia đình tôi; nếu bị kẻ xấu sử dụng thì hậu quả rất nghiêm trọng.

Tôi yêu cầu Công ty trong vòng 03 ngày làm việc phải trả lời bằng văn bản về việc tìm lại giấy tờ, nêu rõ người chịu trách nhiệm, đồng thời chịu toàn bộ chi phí nếu phải làm thủ tục cấp lại do mất. Nếu không, tôi sẽ trình báo cơ quan công an.

Tôn Nữ Hoài An
Địa chỉ: 17 kiệt 42 Nguyễn Công Trứ, Phường Phú Xuân, TP. Huế
Điện thoại: 0935 604 219
""",
    label=L("complaint", "vi", "Tôn Nữ Hoài An", "+84935604219", "hoaian.tonnu@gmail.com",
            "17 kiệt 42 Nguyễn Công Trứ, Phường Phú Xuân, TP. Huế"))

# ---------------------------------------------------------------- b032
add(file="b032", style="outlook", cte="7bit",
    frm=("Arjun Mehta", "arjun.mehta@tridentpack.com.vn"),
    to=SUPPORT, date="Mon, 13 Apr 2026 11:05:39 +0700",
    subject="Change of contact person - Trident Packaging Vietnam",
    text="""Dear Thinh Tri team,

Please be informed that Ms. Sarah Lee (sarah.lee@tridentpack.com.vn) left Trident Packaging Vietnam on 31 March 2026. With immediate effect I will be your contact person for our retainer agreement and the pending customs dispute.

Kindly update your records with my details and stop sending case documents to Sarah's mailbox, which is no longer monitored:

Name: Arjun Mehta
Title: Finance Director
Email: arjun.mehta@tridentpack.com.vn
Mobile: +84 903 411 572

Thank you for your assistance.

Best regards,
Arjun Mehta
Finance Director
Trident Packaging Vietnam Co., Ltd.
""",
    label=L("correction_request", "en", "Arjun Mehta", "+84903411572", "arjun.mehta@tridentpack.com.vn",
            note="The departing contact Sarah Lee and her email also appear; the sender and new contact is Arjun Mehta."))

# ---------------------------------------------------------------- b033 iPhone no diacritics
add(file="b033", style="iphone", format="plain", cte="7bit", msgid_domain="icloud.com",
    frm=("Nga Luong", "luongthinga.hp@icloud.com"),
    to=INFO, date="Mon, 13 Apr 2026 14:21:57 +0700",
    subject="xoa hinh cccd em da gui",
    text="""Chao anh chi,
Thang truoc em co gui hinh 2 mat CCCD, so ho khau cu va hop dong thue nha qua email nay de hoi ve viec chu nha doi tang tien thue. Sau do em thuong luong duoc voi chu nha roi nen khong can thue luat su nua.
Nho anh chi xoa het may hinh giay to do va thong tin cua em trong may giup em, em so bi lo ra ngoai. Xoa xong nhan em 1 tin qua so 0334 870 512 la duoc a.
Em cam on.
Luong Thi Nga

Sent from my iPhone
""",
    label=L("deletion_request", "vi", "Luong Thi Nga", "+84334870512", "luongthinga.hp@icloud.com"))

# ---------------------------------------------------------------- b034
add(file="b034", style="outlookweb", cte="base64",
    frm=("Daniel Okafor", "daniel.okafor@outlook.com"),
    to=INFO, date="Mon, 13 Apr 2026 17:45:26 +0700",
    subject="Landlord refusing to return my deposit - need advice",
    text="""Hi,

I'm a British English teacher renting a serviced apartment in Binh Thanh. My 12-month lease ended on 31 March and I moved out after a joint inspection with the landlord's agent, who signed a handover note saying there was no damage.

The landlord is now refusing to return my deposit of 24,000,000 VND, claiming I have to pay for "repainting and deep cleaning", which is not mentioned anywhere in the lease.

Could you let me know:
- whether I have a realistic claim and what the options are (demand letter, mediation, court);
- roughly how much it would cost for your firm to send a formal demand letter on my behalf.

I have the lease (bilingual), the handover note and the bank transfer for the deposit.

My number is +84 (0)90 318 6647 if a call is easier.

Thanks,
Daniel Okafor
""",
    label=L("service_request", "en", "Daniel Okafor", "+84903186647", "daniel.okafor@outlook.com"))

# ---------------------------------------------------------------- b035
add(file="b035", style="gmail", cte="quoted-printable",
    frm=("Kiet Mac", "kevin.mactuankiet@gmail.com"),
    to=SUPPORT, date="Tue, 14 Apr 2026 08:50:02 +0700",
    subject="Bản dịch công chứng bị sai tên - complaint",
    text="""Hi team Thịnh Trí,

Em là Mạc Tuấn Kiệt (Kevin), em có dùng dịch vụ dịch thuật công chứng bên mình cho bộ hồ sơ apply Master ở Úc (bằng tốt nghiệp, học bạ, transcript), phí 2.350.000đ, nhận file ngày 3/4.

Hôm qua trường bên Úc email báo hồ sơ bị reject vì tên trên bản dịch bằng tốt nghiệp là "MAC TUAN KIET" nhưng transcript lại ghi "MACH TUAN KIET", và ngày sinh trên bản dịch học bạ bị sai (ghi 17/11/2001, đúng là 11/07/2001). Em đã phải xin gia hạn deadline và mất thêm phí courier gửi lại bản cứng.

Em thật sự rất disappointed vì đây là dịch vụ có công chứng, lẽ ra phải được check kỹ. Em đề nghị bên mình:
1. Dịch lại và công chứng lại toàn bộ free, trả trong 2 ngày làm việc;
2. Hoàn lại phí courier 1.150.000đ em đã trả;
3. Giải thích vì sao lỗi này không được phát hiện.

Phone em: 0707 915 362.
Kevin
""",
    label=L("complaint", "mixed", "Mạc Tuấn Kiệt", "+84707915362", "kevin.mactuankiet@gmail.com",
            note="Wants wrongly translated documents redone and costs refunded: a complaint about service quality, not a correction of personal data held by the firm. The misspelling 'MACH TUAN KIET' also appears."))

# ---------------------------------------------------------------- b036
add(file="b036", style="yahoo", cte="quoted-printable",
    frm=("Van Duc Thinh", "vanducthinh_hp@yahoo.com"),
    to=INFO, date="Tue, 14 Apr 2026 10:33:48 +0700",
    subject="Đề nghị cho biết Công ty đang lưu giữ những thông tin gì về tôi",
    text="""Kính gửi Công ty Hệ Thống Luật TNHH Thịnh Trí,

Tôi là Văn Đức Thịnh. Năm 2025 tôi có nhờ Công ty làm thủ tục thay đổi đăng ký kinh doanh cho hộ kinh doanh của tôi.

Sau khi đọc Chính sách bảo mật thông tin trên website của Công ty, tôi thấy có nêu việc chia sẻ thông tin khách hàng cho "đối tác vận chuyển" và "các bên khác". Vì vậy tôi đề nghị Công ty cho tôi biết:
1. Công ty đang lưu giữ những thông tin cá nhân nào của tôi;
2. Thông tin của tôi đã được cung cấp cho những tổ chức, cá nhân nào bên ngoài Công ty;
3. Cung cấp cho tôi bản sao các thông tin đó.

Xin gửi văn bản trả lời về địa chỉ: Số 25/7 Lê Lai, Phường Gia Viên, TP. Hải Phòng. Điện thoại: 0911 460 735.

Trân trọng,
Văn Đức Thịnh
""",
    label=L("access_request", "vi", "Văn Đức Thịnh", "+84911460735", "vanducthinh_hp@yahoo.com",
            "Số 25/7 Lê Lai, Phường Gia Viên, TP. Hải Phòng"))

# ---------------------------------------------------------------- b037
add(file="b037", style="outlook", cte="base64", html_lang="VI",
    frm=("Lưu Quốc Bảo", "bao.luuquoc@tanphongseafood.vn"),
    to=INFO, date="Tue, 14 Apr 2026 13:02:55 +0700",
    subject="Đề nghị báo giá xây dựng Nội quy lao động và Thỏa ước lao động tập thể",
    text="""Kính gửi Công ty Luật Thịnh Trí,

Tôi là Lưu Quốc Bảo, Trưởng phòng Nhân sự Công ty TNHH Thủy sản Tân Phong (khoảng 850 lao động, nhà máy tại Cà Mau). Do mở rộng xưởng chế biến, công ty chúng tôi cần:
1. Rà soát và soạn lại Nội quy lao động theo Bộ luật Lao động 2019, đăng ký với cơ quan quản lý lao động;
2. Hỗ trợ thương lượng và soạn Thỏa ước lao động tập thể với công đoàn cơ sở;
3. Tổ chức một buổi đào tạo về xử lý kỷ luật lao động cho đội ngũ quản lý.

Đề nghị Quý Công ty gửi báo giá, thời gian thực hiện và hồ sơ năng lực về email này.

Trân trọng,
Lưu Quốc Bảo
Trưởng phòng Nhân sự
Công ty TNHH Thủy sản Tân Phong
Di động: 0913 870 245 | Tổng đài: (0290) 3831 776
""",
    label=L("service_request", "vi", "Lưu Quốc Bảo", "+84913870245", "bao.luuquoc@tanphongseafood.vn",
            note="Signature lists his mobile and the company switchboard; the contact phone is his mobile."))


# ---------------------------------------------------------------- b038 helpdesk auto-ack
def raw_b038(mk):
    C = mk.CRLF
    ids = mk.Ids("b038")
    text = """Kính chào Quý khách,

VietPay đã tiếp nhận yêu cầu của Quý khách với mã số #VP-2604-18827. Chuyên viên sẽ phản hồi trong vòng 48 giờ làm việc. Vui lòng không thay đổi tiêu đề email khi trao đổi thêm để yêu cầu được xử lý liên tục.

Đây là email tự động, vui lòng không trả lời trực tiếp.

Trung tâm Chăm sóc Khách hàng VietPay
Tổng đài: 1900 2868 (8h00 - 21h00 hằng ngày)
"""
    htm = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#222\">"
           + "".join("<p>%s</p>" % mk.esc(p).replace("\n", "<br>") for p in text.strip().split("\n\n"))
           + "<hr><p style=\"font-size:11px;color:#888\">[VP-2604-18827] ##- Vui lòng trả lời phía trên dòng này -##</p>"
           "</body></html>\n")
    bnd = "--==_mimepart_%s_%s" % (ids.hex(13), ids.num(10000, 99999))
    p1 = mk.leaf("text/plain", text, "UTF-8", "quoted-printable")
    p2 = mk.leaf("text/html", htm, "UTF-8", "quoted-printable")
    head, body = mk.multipart("alternative", bnd, [p1, p2])
    subj = "[#VP-2604-18827] Re: Đề nghị xóa thông tin thẻ và tài khoản ví của thân chủ"
    hdrs = [
        "Date: Tue, 14 Apr 2026 16:19:07 +0700",
        "From: CSKH VietPay <hotro@vietpay.com.vn>",
        "Reply-To: CSKH VietPay <support+id18827@vietpay.zendesk.com>",
        "To: =?UTF-8?B?THXhuq10IHPGsCBUaOG7i25oIFRyw60=?= <info@thinhtrigroup.com>",
        "Message-ID: <%s_%s@vietpay.zendesk.com>" % (ids.hex(12).upper(), ids.num(100000, 999999)),
        "In-Reply-To: <91c0e4a2-5d7b-4f1e-8a36-2b9e0c7d4f18@thinhtrigroup.com>",
        "References: <91c0e4a2-5d7b-4f1e-8a36-2b9e0c7d4f18@thinhtrigroup.com>",
        "Subject: " + mk.ew(subj, "UTF-8", "Q"),
        "Mime-Version: 1.0",
        "Auto-Submitted: auto-generated",
        "X-Auto-Response-Suppress: All",
        "X-Mailer: Zendesk Mailer",
        "X-Zendesk-From-Account-Id: 4f2a1c",
        head,
    ]
    return C.join(hdrs) + C + C + body


add(file="b038", raw=raw_b038,
    label=L("unknown", "vi", **AUTO, automated=True,
            note="Helpdesk auto-acknowledgement of a request the firm sent on a client's behalf (Auto-Submitted: auto-generated); the subject contains deletion keywords."))

# ---------------------------------------------------------------- b039
add(file="b039", style="yahoo", cte="quoted-printable",
    frm=("Phùng Thế Anh", "phungtheanh.dn@yahoo.com.vn"),
    to=SUPPORT, date="Wed, 15 Apr 2026 09:11:30 +0700",
    subject="Đã yêu cầu ngừng liên hệ mà vẫn bị gọi chào mời dịch vụ",
    text="""Kính gửi Công ty Thịnh Trí,

Ngày 16/3/2026 tôi đã gửi email đề nghị Công ty xóa số điện thoại của tôi khỏi danh sách chăm sóc khách hàng và ngừng gọi điện quảng cáo. Công ty đã trả lời xác nhận "đã xử lý".

Vậy mà trong tuần này tôi vẫn nhận được 3 cuộc gọi từ nhân viên kinh doanh của Công ty chào gói "luật sư riêng cho doanh nghiệp", cuộc gần nhất vào 8h15 sáng nay khi tôi đang họp. Khi tôi hỏi lấy số của tôi ở đâu thì nhân viên nói "từ danh sách cũ".

Như vậy Công ty xác nhận đã xóa nhưng thực tế không làm. Tôi đề nghị Công ty giải thích rõ vì sao, ai chịu trách nhiệm, và cho biết biện pháp để việc này không lặp lại. Nếu tiếp tục, tôi sẽ gửi phản ánh đến cơ quan có thẩm quyền.

Phùng Thế Anh
0868 447 190
""",
    label=L("complaint", "vi", "Phùng Thế Anh", "+84868447190", "phungtheanh.dn@yahoo.com.vn",
            note="Refers to an earlier deletion request that was not honoured; this message is a complaint about it."))

# ---------------------------------------------------------------- b040 reply + attachment
add(file="b040", style="gmail", cte="quoted-printable",
    frm=("Lan Phương Đỗ", "lanphuong.do.kt@gmail.com"),
    to="=?UTF-8?B?Tmd1eeG7hW4gSOG6o2kgWeG6v24=?= <info@thinhtrigroup.com>",
    date="Wed, 15 Apr 2026 11:48:14 +0700",
    subject="Báo phí rà soát hợp đồng đặt cọc mua đất", subject_prefix="Re: ",
    in_reply_to="<0f6d2a91-c4e8-4b17-9e53-7a1b8c2d60f4@thinhtrigroup.com>",
    text="""Dạ chị Yến,

Em đồng ý mức phí 1.500.000đ chị báo ạ. Em gửi kèm file hợp đồng đặt cọc bên môi giới soạn, nhờ luật sư xem giúp em mấy điểm:
- Đất đang thế chấp ngân hàng, bên bán nói nhận cọc rồi mới đi giải chấp, như vậy có rủi ro gì không;
- Điều khoản phạt cọc đang chỉ áp dụng cho bên mua, em muốn có phạt cọc gấp đôi nếu bên bán bội tín;
- Thời hạn công chứng hợp đồng mua bán ghi "khi các bên sắp xếp được", em thấy không rõ ràng.

Thứ Bảy này (18/4) em hẹn ký rồi nên mong luật sư phản hồi trước thứ Sáu giúp em. Có gì chị gọi em số 0916 447 302.

Em cảm ơn chị.
Đỗ Thị Lan Phương
""",
    quote={"kind": "gmail",
           "attr": "Vào Th 3, 14 thg 4, 2026 vào lúc 17:02 Nguyễn Hải Yến <info@thinhtrigroup.com> đã viết:",
           "text": """Chào chị Phương,

Cảm ơn chị đã liên hệ Thịnh Trí. Với yêu cầu rà soát hợp đồng đặt cọc mua đất (dưới 10 trang), phí dịch vụ là 1.500.000 đồng, thời gian trả kết quả 02 ngày làm việc kể từ khi nhận đủ tài liệu.

Chị vui lòng gửi bản hợp đồng dự thảo và giấy chứng nhận quyền sử dụng đất (bản chụp) qua email này.

Trân trọng,
Nguyễn Hải Yến
Phòng Chăm sóc Khách hàng
Công ty Hệ Thống Luật TNHH Thịnh Trí
57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM
Hotline: 1800 63 65"""},
    attachments=["docx:HD dat coc - Lan Phuong.docx", "jpg:so-do-ban-chup.jpg"],
    label=L("service_request", "vi", "Đỗ Thị Lan Phương", "+84916447302", "lanphuong.do.kt@gmail.com",
            note="Reply; only the top part is new. The quoted firm signature has the firm's hotline and address."))

# ---------------------------------------------------------------- b041 bare ack
add(file="b041", style="gmail", cte="quoted-printable",
    frm=("Tran Bao Ngoc", "baongoc.tran2203@gmail.com"),
    to="=?UTF-8?Q?Ph=E1=BA=A1m_Thu_Tr=C3=A0?= <support@thinhtrigroup.com>",
    date="Wed, 15 Apr 2026 20:27:31 +0700",
    subject="Danh mục giấy tờ cần chuẩn bị cho hồ sơ xin visa thăm thân", subject_prefix="Re: ",
    in_reply_to="<c7a35e18-2f90-4d6b-a1c4-58e9b0f3d271@thinhtrigroup.com>",
    text="""Dạ em nhận được rồi ạ, em cảm ơn chị.
""",
    quote={"kind": "gmail",
           "attr": "Vào Th 4, 15 thg 4, 2026 vào lúc 14:36 Phạm Thu Trà <support@thinhtrigroup.com> đã viết:",
           "text": """Chào bạn Ngọc,

Như đã trao đổi qua điện thoại, bạn chuẩn bị giúp các giấy tờ sau cho hồ sơ xin visa thăm thân:
1. Hộ chiếu còn hạn trên 6 tháng;
2. Thư mời và bản sao giấy tờ tùy thân của người mời;
3. Sao kê tài khoản 3 tháng gần nhất;
4. Xác nhận công việc hoặc đơn xin nghỉ phép.

Khi có đủ, bạn gửi bản scan qua email này hoặc gọi hotline 1800 63 65 để đặt lịch nộp hồ sơ.

Trân trọng,
Phạm Thu Trà
Thịnh Trí Group"""},
    label=L("unknown", "vi", "Tran Bao Ngoc", None, "baongoc.tran2203@gmail.com",
            note="Bare acknowledgement of the firm's checklist with no new request; the quoted firm text holds the hotline. Name only from the From display name."))

# ---------------------------------------------------------------- b042 iPhone html
add(file="b042", style="iphone", cte="quoted-printable", msgid_domain="gmail.com",
    frm=("Bích Ngọc", "bichngoc.ninh@gmail.com"),
    to=SUPPORT, date="Thu, 16 Apr 2026 08:09:45 +0700",
    subject="Sửa ngày sinh trong hồ sơ",
    text="""Chào anh chị,

Em là Ninh Thị Bích Ngọc, đang làm hồ sơ đăng ký hộ kinh doanh quán trà sữa với bên mình. Em xem bản nháp tờ khai anh chị gửi thì thấy ngày sinh của em ghi 12/08/1996, đúng phải là 21/08/1996 như trên căn cước.

Anh chị sửa lại trong hồ sơ giúp em trước khi nộp nhé, để sai là bị trả hồ sơ. Có gì gọi em số 0392 708 154.

Em cảm ơn ạ.

Gửi từ iPhone của tôi
""",
    label=L("correction_request", "vi", "Ninh Thị Bích Ngọc", "+84392708154", "bichngoc.ninh@gmail.com"))

# ---------------------------------------------------------------- b043
add(file="b043", style="outlook", cte="quoted-printable", html_lang="VI",
    frm=("Tống Minh Quân", "quan.tongminh@anphatlogistics.vn"),
    to=INFO, date="Thu, 16 Apr 2026 10:40:06 +0700",
    subject="Phản ánh việc Công ty để lộ email khách hàng trong thư thông báo nghỉ lễ",
    text="""Kính gửi Công ty Thịnh Trí,

Sáng nay tôi nhận được email "Thông báo lịch nghỉ lễ Giỗ Tổ Hùng Vương và 30/4 - 1/5" từ info@thinhtrigroup.com. Thư được gửi cùng lúc cho hơn 200 người, và toàn bộ địa chỉ email đều hiển thị ở ô Cc, trong đó có email cá nhân của nhiều giám đốc doanh nghiệp là khách hàng của Công ty.

Chỉ sau vài giờ, tôi đã nhận được 2 email chào hàng từ những người có trong danh sách đó. Một công ty luật mà để xảy ra sơ suất cơ bản như vậy là điều khó chấp nhận, nhất là khi danh sách này cho thấy ai đang là khách hàng của Công ty.

Đề nghị Công ty:
- Giải thích sự việc và cho biết đã thông báo cho những người bị ảnh hưởng chưa;
- Cho biết biện pháp khắc phục để không lặp lại;
- Từ nay gửi thư cho tôi riêng lẻ hoặc dùng Bcc.

Tống Minh Quân
Giám đốc điều hành - Công ty CP Logistics An Phát
ĐT: 0917 238 604
""",
    label=L("complaint", "vi", "Tống Minh Quân", "+84917238604", "quan.tongminh@anphatlogistics.vn"))

# ---------------------------------------------------------------- b044
add(file="b044", style="gmail", cte="quoted-printable",
    frm=("Khang Ta", "khang.tahoang@gmail.com"),
    to=INFO, date="Thu, 16 Apr 2026 15:15:38 +0700",
    subject="Xóa data của em trên hệ thống - please delete my info",
    text="""Hi Thịnh Trí,

Em là Tạ Hoàng Khang. Hồi tháng 2 em có điền form booking trên website bên mình để đặt lịch tư vấn về hợp đồng freelance với một client nước ngoài, có upload luôn file contract, nhưng cuối cùng em không dùng dịch vụ.

Nhờ team delete hết data của em trong hệ thống luôn nha: họ tên, email, số phone, file contract em đã upload. Em cũng không muốn nhận newsletter hay SMS marketing nữa.

Khi nào xong thì reply mail này confirm giúp em nha. Thanks team!

Khang
""",
    label=L("deletion_request", "mixed", "Tạ Hoàng Khang", None, "khang.tahoang@gmail.com"))

# ---------------------------------------------------------------- b045
add(file="b045", style="outlook", cte="7bit",
    frm=("Kevin Whitfield", "kwhitfield@ecoagri-solutions.com"),
    to=INFO, date="Fri, 17 Apr 2026 09:26:12 +0700",
    subject="Adopting my stepdaughter in Vietnam",
    text="""Hello,

I'm an American citizen, married to a Vietnamese woman since 2023, and we live in Can Tho. My wife has a 7-year-old daughter from her previous marriage; the girl's biological father has had no contact with her for years and has agreed in writing not to object.

I would like to formally adopt my stepdaughter so that she can later get US citizenship and travel with us. Could you advise:
- whether a foreigner can adopt a stepchild in Vietnam and which authority handles it;
- what documents I would need from the US (home study, police check, etc.);
- your fees and approximate timeline.

I'm writing from my work account, but please reply to my personal address, kevin.whitfield.ct@gmail.com - I'd rather not have family matters going through the company server.

Thank you,
Kevin Whitfield
""",
    label=L("service_request", "en", "Kevin Whitfield", None, "kevin.whitfield.ct@gmail.com",
            note="Sent from a work account; the personal reply address given in the body wins over From."))

# ---------------------------------------------------------------- b046
add(file="b046", style="outlook", cte="base64", html_lang="VI",
    frm=("Mã Thị Thanh Vân", "thanhvan.ma@gmail.com"), msgid_domain="gmail.com",
    to=INFO, date="Fri, 17 Apr 2026 14:03:27 +0700",
    subject="Yêu cầu cung cấp thông tin cá nhân Công ty đang lưu giữ",
    text="""Kính gửi Công ty,

Tôi là Mã Thị Thanh Vân. Năm 2024 tôi có sử dụng dịch vụ tư vấn thủ tục nhận con nuôi của Công ty nhưng sau đó không tiếp tục.

Tôi đề nghị Công ty cung cấp cho tôi danh sách và bản sao các thông tin, giấy tờ cá nhân của tôi mà Công ty hiện còn lưu (bao gồm cả giấy khám sức khỏe và xác nhận thu nhập đã nộp), cùng thời hạn Công ty dự kiến lưu trữ.

Sau khi xem nội dung, tôi sẽ cân nhắc việc có đề nghị xóa hay không; hiện tại xin Công ty chưa xóa gì cả.

Mọi liên lạc xin gọi số 0932 751 806 hoặc trả lời qua email này.

Trân trọng,
Mã Thị Thanh Vân
""",
    label=L("access_request", "vi", "Mã Thị Thanh Vân", "+84932751806", "thanhvan.ma@gmail.com",
            note="Deletion is mentioned only as a possible later step; the request now is access."))

# ---------------------------------------------------------------- b047 reply to marketing
add(file="b047", style="outlook", cte="quoted-printable", html_lang="VI",
    frm=("Diệp Quốc Hưng", "hungdq.kt@gmail.com"), msgid_domain="gmail.com",
    to="=?utf-8?B?VGjhu4tuaCBUcsOtIEdyb3Vw?= <info@thinhtrigroup.com>",
    date="Fri, 17 Apr 2026 17:38:50 +0700",
    subject="[Thịnh Trí] Ưu đãi 20% gói Luật sư đồng hành doanh nghiệp tháng 4",
    subject_prefix="RE: ",
    in_reply_to="<mkt.2604.5e1b09c3a7@thinhtrigroup.com>",
    text="""Tôi chưa bao giờ đăng ký nhận các thư này. Đề nghị Công ty xóa tên, email và số điện thoại của tôi (0908 663 147) khỏi danh sách gửi thư cũng như khỏi toàn bộ cơ sở dữ liệu khách hàng, và không liên hệ lại.

Diệp Quốc Hưng
""",
    quote={"kind": "outlook",
           "head": ["From: Thịnh Trí Group <info@thinhtrigroup.com>",
                    "Sent: Thursday, April 16, 2026 9:00 AM",
                    "To: hungdq.kt@gmail.com",
                    "Subject: [Thịnh Trí] Ưu đãi 20% gói Luật sư đồng hành doanh nghiệp tháng 4"],
           "text": """Kính gửi Quý khách hàng,

Nhân dịp bước sang quý II/2026, Công ty Hệ Thống Luật TNHH Thịnh Trí dành tặng ưu đãi 20% phí gói "Luật sư đồng hành doanh nghiệp" cho các hợp đồng ký trong tháng 4/2026: tư vấn pháp lý thường xuyên, rà soát hợp đồng không giới hạn, đại diện làm việc với cơ quan nhà nước.

Đăng ký ngay: thinhtrigroup.com/uu-dai | Hotline: 1800 63 65

Nếu không muốn tiếp tục nhận thư, Quý khách vui lòng phản hồi email này."""},
    label=L("deletion_request", "vi", "Diệp Quốc Hưng", "+84908663147", "hungdq.kt@gmail.com",
            note="Human reply on top of the firm's own marketing mail; only the top part is new."))

# ---------------------------------------------------------------- b048 misdirected
add(file="b048", style="gmail", cte="base64",
    frm=("Giang Van Bay", "giangvanbay1970@gmail.com"),
    to=INFO, date="Sat, 18 Apr 2026 10:12:04 +0700",
    subject="Đặt đóng tủ bếp và tủ áo gỗ sồi",
    text="""Chào cửa hàng nội thất Thịnh Trí,

Tôi là Giang Văn Bảy, hôm Chủ nhật có ghé showroom bên mình trên đường Phạm Văn Đồng xem mẫu. Nay tôi muốn đặt:
- 1 bộ tủ bếp trên dưới gỗ sồi, dài 3m2, mẫu như hình nhân viên gửi qua Zalo;
- 1 tủ áo 4 cánh gỗ sồi, cao 2m2.

Nhờ bên mình báo giá lại giúp tôi và hẹn ngày qua đo đạc. Giao hàng và lắp đặt tại nhà tôi: 33 Đường số 7, Phường Bình Trị Đông, TP.HCM.

Điện thoại: 0918 604 337 (gọi giờ hành chính).

Giang Văn Bảy
""",
    label=L("unknown", "vi", "Giang Văn Bảy", "+84918604337", "giangvanbay1970@gmail.com",
            "33 Đường số 7, Phường Bình Trị Đông, TP.HCM",
            note="Misdirected order meant for a furniture shop with a similar name; not a request to the law firm."))

# ---------------------------------------------------------------- b049
add(file="b049", style="outlookweb", cte="quoted-printable",
    frm=("Nghiem Xuan Truong", "truong.nghiemxuan@outlook.com"),
    to=SUPPORT, date="Sat, 18 Apr 2026 16:44:19 +0700",
    subject="Đề nghị sửa họ tên trong hồ sơ và hợp đồng dịch vụ",
    text="""Kính gửi Công ty,

Tôi là Nghiêm Xuân Trường, khách hàng ký hợp đồng dịch vụ tư vấn thừa kế với Công ty ngày 02/04/2026.

Khi nhận bản hợp đồng và hóa đơn, tôi thấy họ tên của tôi bị ghi thành "Nguyễn Xuân Trường". Có lẽ nhân viên nghe nhầm qua điện thoại. Họ của tôi là NGHIÊM, không phải Nguyễn; trong hồ sơ thừa kế nếu sai họ sẽ không khớp với giấy tờ của bố tôi.

Đề nghị Công ty sửa lại họ tên trong hệ thống, xuất lại hợp đồng và hóa đơn với tên đúng. Số căn cước và số điện thoại 0961 884 327 giữ nguyên.

Trân trọng,
Nghiêm Xuân Trường
""",
    label=L("correction_request", "vi", "Nghiêm Xuân Trường", "+84961884327", "truong.nghiemxuan@outlook.com",
            note="The wrong variant 'Nguyễn Xuân Trường' also appears; the correct name is Nghiêm Xuân Trường."))

# ---------------------------------------------------------------- b050 html-only
add(file="b050", style="outlookweb", format="html", cte="base64",
    frm=("Nguyễn Hữu Phước", "phuoc.nguyenhuu@outlook.com.vn"),
    to=INFO, date="Sun, 19 Apr 2026 19:20:58 +0700",
    subject="Khiếu nại luật sư vắng mặt tại buổi hòa giải ở Tòa",
    text="""Kính gửi Ban Giám đốc Công ty Thịnh Trí,

Tôi là Nguyễn Hữu Phước, nguyên đơn trong vụ tranh chấp hợp đồng thi công nội thất mà Công ty nhận đại diện từ tháng 1/2026 (luật sư phụ trách: LS. Tạ Minh Khoa).

Chiều thứ Năm 16/4 có phiên hòa giải tại Tòa án nhân dân khu vực 7 - TP.HCM. Tôi đến đúng giờ nhưng luật sư Khoa không có mặt, gọi điện không nghe máy, đến 15h30 trợ lý mới nhắn tin là luật sư "bị trùng lịch". Tôi phải một mình làm việc với thẩm phán và luật sư phía bị đơn trong khi không nắm hết hồ sơ, buổi hòa giải không thành và bất lợi cho tôi.

Tôi đã trả đủ phí theo hợp đồng. Việc vắng mặt không báo trước là vi phạm nghiêm trọng cam kết dịch vụ. Đề nghị Công ty:
- Giải trình bằng văn bản lý do luật sư vắng mặt;
- Phân công luật sư khác hoặc cam kết việc này không tái diễn;
- Xem xét giảm phí tương ứng.

Nguyễn Hữu Phước
Di động: 0972 660 418
""",
    label=L("complaint", "vi", "Nguyễn Hữu Phước", "+84972660418", "phuoc.nguyenhuu@outlook.com.vn"))
