# -*- coding: utf-8 -*-
"""Message data for holdout set 38, part 1 (h38_001 .. h38_025).

Each dict:
  d      : "YYYY-MM-DD HH:MM[:SS]" (+0700 unless tz given)
  frm    : (display name or None, address)
  to     : "info" | "support"
  subj   : subject
  style  : gmail | outlook | yahoo | plain | html | iphone | cp1258 | thunderbird | bounce | newsletter
  cte    : qp | b64 | 7bit | 8bit
  body   : new text written by the sender
  quote  : optional (attribution line, quoted text) -> reply with history
  fwd    : optional (header block, forwarded text)
  attach : optional (filename, mime type)
  hdr    : optional extra headers
  lab    : label (cat, lang, name, phone, email, address, note, auto)
"""

FIRM_SIG_VI = (
    "Trân trọng,\n{staff}\nCông ty Hệ Thống Luật TNHH Thịnh Trí\n"
    "57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM\nHotline: 1800 63 65"
)

MSGS = [
# 001 service, vi, gmail b64
dict(
    d="2026-04-06 08:14:37", frm=("Đặng Thị Mỹ Linh", "mylinh.dang.hcm@gmail.com"), to="info",
    subj="Xin tư vấn quyền nuôi con khi ly hôn",
    style="gmail", cte="b64",
    body="""Chào Công ty Thịnh Trí,

Em là Đặng Thị Mỹ Linh, 31 tuổi, hiện ở Thủ Đức. Em và chồng đã ly thân gần một năm, bé nhà em năm nay 4 tuổi đang ở với em.

Em đang tính nộp đơn ly hôn đơn phương nhưng lo nhất là chuyện quyền nuôi con, vì chồng em nói sẽ giành bé bằng mọi giá do thu nhập anh ấy cao hơn. Em muốn hỏi:
1. Con dưới 36 tháng thì mới mặc nhiên ở với mẹ đúng không, bé 4 tuổi thì tòa xét theo những gì?
2. Em cần chuẩn bị giấy tờ chứng minh gì?
3. Nếu thuê luật sư đi cùng từ đầu thì chi phí khoảng bao nhiêu?

Em làm giờ hành chính, anh chị gọi em sau 17h30 giúp em nhé: 0334 582 917.

Em cảm ơn nhiều ạ.
Mỹ Linh""",
    lab=dict(cat="service_request", lang="vi", name="Đặng Thị Mỹ Linh", phone="+84334582917",
             email="mylinh.dang.hcm@gmail.com", address=None),
),
# 002 unknown automated OOO, mixed, outlook-ish plain, subject with privacy keywords
dict(
    d="2026-04-06 09:02:11", frm=("Lã Thị Bảo Châu", "chau.la@hoangphatlogistics.com.vn"), to="info",
    subj="Automatic reply: Thông báo cập nhật Chính sách bảo mật dữ liệu cá nhân",
    style="plain", cte="qp",
    hdr={"In-Reply-To": "<7d1c2e0a-5b44-4f0e-9a61-2c07b1e3f5a8@thinhtrigroup.com>",
         "References": "<7d1c2e0a-5b44-4f0e-9a61-2c07b1e3f5a8@thinhtrigroup.com>",
         "X-Mailer": "Microsoft Outlook 16.0", "X-Autoreply": "yes",
         "X-Auto-Response-Suppress": "All"},
    body="""Chào anh/chị,
Tôi đang đi công tác nước ngoài từ 06/04 đến hết 17/04/2026 và sẽ kiểm tra email không thường xuyên. Việc gấp xin vui lòng liên hệ anh Đoàn Minh Khang (khang.doan@hoangphatlogistics.com.vn, 0283 9105 662).

Dear sender,
I am travelling on business from 6 to 17 April 2026 with limited access to email. For urgent matters please contact Mr. Doan Minh Khang (khang.doan@hoangphatlogistics.com.vn).

Lã Thị Bảo Châu
Hoang Phat Logistics""",
    lab=dict(cat="unknown", lang="mixed", auto=True,
             note="Out-of-office reply to the firm's privacy-policy notice; subject contains data-protection keywords and the body has a colleague's phone/email."),
),
# 003 deletion, vi no diacritics, 7bit gmail
dict(
    d="2026-04-06 10:45:03", frm=("Duc Kim", "kimvanduc.hp@gmail.com"), to="info",
    subj="ngung goi dien va xoa thong tin",
    style="gmail", cte="7bit",
    body="""Chao cong ty,
Toi la Kim Van Duc, thang 2 toi co goi hotline hoi ve thu tuc sang ten xe may, sau do nhan vien co xin so dt 0385 604 219 de "tu van them".
Tu do toi bi goi va nhan tin moi dich vu lien tuc. Toi da xong viec roi, khong can nua.
De nghi cong ty bo so cua toi ra khoi danh sach cham soc khach hang va xoa het thong tin cua toi trong he thong. Xong thi nhan lai cho toi 1 tin la duoc.
Kim Van Duc""",
    lab=dict(cat="deletion_request", lang="vi", name="Kim Van Duc", phone="+84385604219",
             email="kimvanduc.hp@gmail.com", address=None),
),
# 004 service, en, outlook qp
dict(
    d="2026-04-06 14:20:55", frm=("Park Ji-hoon", "jh.park@daesungprecision.co.kr"), to="info",
    subj="Setting up a manufacturing company in Bac Ninh - request for proposal",
    style="outlook", cte="qp",
    body="""Dear Thinh Tri Legal,

Our company, Daesung Precision Co., Ltd., is planning to set up a 100% Korean-owned factory producing metal parts for electronics in an industrial park in Bac Ninh. The planned investment capital is about USD 3.5 million.

We would like your firm to assist with:
- the Investment Registration Certificate and Enterprise Registration Certificate;
- the environmental and fire-safety procedures we need before operation;
- work permits for two Korean managers.

Please send us a proposal with your fees and an estimated timeline. I am in Hanoi until the end of April; my Vietnamese mobile is 0896 117 042.

Best regards,
Park Ji-hoon
Director of Business Development
Daesung Precision Co., Ltd.""",
    lab=dict(cat="service_request", lang="en", name="Park Ji-hoon", phone="+84896117042",
             email="jh.park@daesungprecision.co.kr", address=None),
),
# 005 complaint, vi no diacritics, plain 7bit
dict(
    d="2026-04-06 21:37:12", frm=("Khoa Truong", "truongminhkhoa.dn@gmail.com"), to="support",
    subj="Thong tin ca nhan bi lo sau khi gui ho so cho cong ty",
    style="plain", cte="7bit",
    body="""Gui cong ty Thinh Tri,
Toi ten Truong Minh Khoa. Ngay 30/3 toi gui email hoi ve thu tuc mua dat o Da Nang, co gui kem so dt 0394 660 218 va ban chup so do lo dat.
Chi 3 ngay sau da co 2 ben moi gioi bat dong san goi den, goi dung ten toi va noi dung lo dat toi dang hoi mua. Toi chua gui thong tin nay cho ai khac ngoai cong ty.
Toi can cong ty tra loi ro: ai da dua thong tin cua toi ra ngoai, va cong ty xu ly nguoi do the nao. Neu khong co cau tra loi thoa dang toi se phan anh len co quan chuc nang.
Truong Minh Khoa""",
    lab=dict(cat="complaint", lang="vi", name="Truong Minh Khoa", phone="+84394660218",
             email="truongminhkhoa.dn@gmail.com", address=None),
),
# 006 correction, vi, yahoo qp, new email in body
dict(
    d="2026-04-07 08:31:46", frm=("Ninh Thị Thu Hà", "ha.ninh@thanhcongtextile.com.vn"), to="support",
    subj="Đề nghị cập nhật email liên hệ trong hồ sơ",
    style="yahoo", cte="qp",
    body="""Kính gửi Bộ phận chăm sóc khách hàng,

Tôi là Ninh Thị Thu Hà, đang được Công ty hỗ trợ hồ sơ tranh chấp hợp đồng thuê mặt bằng (luật sư phụ trách: LS Tạ Minh Quân).

Từ ngày 15/04 tôi nghỉ việc tại Dệt may Thành Công nên hộp thư công ty này sẽ bị khóa. Đề nghị Công ty đổi email liên hệ của tôi trong hồ sơ sang địa chỉ cá nhân: thuha.ninh89@gmail.com và gửi mọi thông báo, văn bản từ nay về địa chỉ này.

Số điện thoại giữ nguyên: 0944 187 360.

Trân trọng,
Ninh Thị Thu Hà""",
    lab=dict(cat="correction_request", lang="vi", name="Ninh Thị Thu Hà", phone="+84944187360",
             email="thuha.ninh89@gmail.com", address=None,
             note="New personal email in the body differs from the (soon closed) work From address."),
),
# 007 service, vi no diacritics, 'xoa an tich' trap
dict(
    d="2026-04-07 11:05:20", frm=("Hung Kieu", "kieuvanhung1990@gmail.com"), to="info",
    subj="hoi thu tuc xoa an tich",
    style="gmail", cte="7bit",
    body="""Chao luat su,
Toi ten Kieu Van Hung, nam 2019 toi bi xu 18 thang tu treo ve toi gay roi trat tu cong cong, da chap hanh xong tu 2021.
Bay gio toi xin viec cong ty nuoc ngoai ho yeu cau phieu ly lich tu phap so 1 "khong co an tich". Toi muon nho cong ty lam giup thu tuc xoa an tich va xin phieu ly lich tu phap, het bao nhieu tien va mat bao lau?
Toi o Bien Hoa, so dt 0868 241 503, goi gio nao cung duoc.
Cam on.""",
    lab=dict(cat="service_request", lang="vi", name="Kieu Van Hung", phone="+84868241503",
             email="kieuvanhung1990@gmail.com", address=None,
             note="'xoa an tich' is clearing a criminal record (a legal service), not deletion of personal data."),
),
# 008 access, en, outlook qp, DSAR with Decree 13, landline
dict(
    d="2026-04-07 13:48:09", frm=("Ingrid Larsen", "ingrid.larsen@scandiafurniture.vn"), to="info",
    subj="Data subject access request",
    style="outlook", cte="qp",
    body="""Dear Sir or Madam,

In 2025 your firm advised me personally on the lease of my apartment in District 2 and on my work permit renewal.

Under Decree 13/2023/ND-CP on personal data protection, I would like to receive:
1. a list of the categories of personal data you hold about me;
2. a copy of that data, including any notes of our meetings and copies of my identity documents;
3. the names of any third parties (translators, agencies, authorities) to whom my data was disclosed.

An electronic copy sent to this address is fine.

Kind regards,
Ingrid Larsen
Scandia Furniture Vietnam
Tel: +84 28 3822 1904""",
    lab=dict(cat="access_request", lang="en", name="Ingrid Larsen", phone="+842838221904",
             email="ingrid.larsen@scandiafurniture.vn", address=None),
),
# 009 unknown sales pitch, vi, gmail b64
dict(
    d="2026-04-07 15:26:33", frm=("Mạc Thanh Tùng", "tung.mac@tangtocseo.vn"), to="info",
    subj="Đưa website Thịnh Trí lên top Google với từ khóa \"luật sư ly hôn\"",
    style="gmail", cte="b64",
    body="""Kính chào Ban Giám đốc Công ty Thịnh Trí,

Em là Mạc Thanh Tùng, phụ trách khách hàng ngành luật tại Tăng Tốc SEO. Bên em vừa audit nhanh website thinhtrigroup.com và thấy website đang bỏ lỡ nhiều từ khóa có lượng tìm kiếm cao như "luật sư ly hôn", "thủ tục sang tên sổ đỏ", "thành lập công ty trọn gói".

Gói SEO 6 tháng của bên em cam kết đưa tối thiểu 20 từ khóa lên trang 1 Google, kèm báo cáo hằng tuần. Hiện đang có ưu đãi giảm 25% cho 5 khách hàng đầu tiên trong tháng 4.

Anh/chị cho em xin 15 phút để gửi bản audit chi tiết và báo giá nhé. Số của em: 0931 285 407 (Zalo).

Trân trọng,
Mạc Thanh Tùng
Tăng Tốc SEO""",
    lab=dict(cat="unknown", lang="vi", name="Mạc Thanh Tùng", phone="+84931285407",
             email="tung.mac@tangtocseo.vn", address=None, note="Cold sales pitch to the firm."),
),
# 010 complaint, vi, outlook qp, also asks correction -> complaint
dict(
    d="2026-04-07 16:52:18", frm=("Bạch Văn Cường", "cuong.bv@cokhibachgia.vn"), to="support",
    subj="Phản ánh lần 2: hợp đồng dịch vụ ghi sai thông tin doanh nghiệp",
    style="outlook", cte="qp",
    body="""Kính gửi Công ty Thịnh Trí,

Tôi là Bạch Văn Cường, Giám đốc Công ty TNHH Cơ khí Bạch Gia. Ngày 27/03 tôi đã báo cho nhân viên của Công ty rằng dự thảo hợp đồng tư vấn thường xuyên ghi sai mã số thuế và ghi tên tôi thành "Bạch Văn Cương". Đến hôm nay bản hợp đồng gửi sang để ký vẫn sai y nguyên, trong khi bên tôi đã chuyển tạm ứng từ tuần trước.

Làm việc kiểu này khiến tôi rất thất vọng và phải cân nhắc lại việc hợp tác lâu dài. Đề nghị Công ty có văn bản giải thích, chỉ định một người chịu trách nhiệm hồ sơ của bên tôi, đồng thời sửa lại cho đúng: người đại diện Bạch Văn Cường, mã số thuế 0316 742 985.

Bạch Văn Cường
Giám đốc – Công ty TNHH Cơ khí Bạch Gia
ĐT: 0903 126 547""",
    lab=dict(cat="complaint", lang="vi", name="Bạch Văn Cường", phone="+84903126547",
             email="cuong.bv@cokhibachgia.vn", address=None,
             note="Complaint about repeated errors and being ignored that also asks to fix name/tax code; dominant intent is complaint. The tax code is not a phone number."),
),
# 011 correction, en, gmail qp, new email in body
dict(
    d="2026-04-08 07:59:41", frm=("Tomasz Nowak", "t.nowak@baltic-seafood.pl"), to="support",
    subj="Please update my email address",
    style="gmail", cte="qp",
    body="""Hello Thinh Tri team,

Your firm is handling my application for a temporary residence card (my contact there is Ms. Huong).

My company email will be closed next week because our Vietnam branch is being restructured. Please replace it in your records with my private address, tomasz.nowak.vn@gmail.com, and send all updates and invoices there from now on.

Phone stays the same: 0901 665 284.

Thanks a lot,
Tomasz Nowak""",
    lab=dict(cat="correction_request", lang="en", name="Tomasz Nowak", phone="+84901665284",
             email="tomasz.nowak.vn@gmail.com", address=None,
             note="New contact email in body differs from the From address."),
),
# 012 service, vi, reply with quoted firm history (firm hotline + address), address given
dict(
    d="2026-04-08 09:40:27", frm=("Quách Thị Bích Ngọc", "bichngoc.quach@gmail.com"), to="info",
    subj="Re: Hồ sơ khai nhận di sản thừa kế",
    style="gmail", cte="qp",
    hdr={"In-Reply-To": "<a3f90b12-6c2e-4d1a-8f0e-51b7c9d2e804@thinhtrigroup.com>",
         "References": "<a3f90b12-6c2e-4d1a-8f0e-51b7c9d2e804@thinhtrigroup.com>"},
    body="""Chào anh Phong,

Cảm ơn anh đã gửi danh sách giấy tờ. Gia đình em đã thống nhất: 3 anh chị em đồng ý để em đứng tên nhận căn nhà của bố mẹ, nên em muốn Công ty làm trọn gói thủ tục khai nhận và sang tên.

Bản sao giấy chứng tử của bố mẹ và sổ hộ khẩu cũ em sẽ mang qua văn phòng thứ Năm tuần này. Anh gửi giúp em hợp đồng dịch vụ và số tài khoản để em tạm ứng.

Hồ sơ gửi về giúp em địa chỉ: Số 17 ngõ 92 Nguyễn Khánh Toàn, Phường Cầu Giấy, Hà Nội
Điện thoại: 0984 716 520

Quách Thị Bích Ngọc""",
    quote=("Vào Th 6, 3 thg 4, 2026 vào lúc 16:05 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:",
           """Kính gửi chị Ngọc,

Để thực hiện thủ tục khai nhận di sản là nhà đất do cha mẹ để lại, chị vui lòng chuẩn bị: giấy chứng tử, giấy tờ chứng minh quan hệ nhân thân của tất cả người thừa kế, giấy chứng nhận quyền sử dụng đất và CCCD của các đồng thừa kế.

Nếu các đồng thừa kế thỏa thuận được, thủ tục có thể hoàn tất trong khoảng 30-45 ngày. Mọi thắc mắc chị có thể phản hồi email này hoặc gọi hotline 1800 63 65.

Trân trọng,
Lâm Gia Phong
Công ty Hệ Thống Luật TNHH Thịnh Trí
57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM"""),
    lab=dict(cat="service_request", lang="vi", name="Quách Thị Bích Ngọc", phone="+84984716520",
             email="bichngoc.quach@gmail.com", address="Số 17 ngõ 92 Nguyễn Khánh Toàn, Phường Cầu Giấy, Hà Nội",
             note="Reply; only the top part is new. The quoted firm text carries the firm's hotline and office address."),
),
# 013 deletion, en, thunderbird 8bit, child's name appears, foreign address
dict(
    d="2026-04-08 03:12:50", tz="+0100", frm=("Carlos Mendes", "carlos.mendes@sapo.pt"), to="info",
    subj="Erasure request - Carlos Mendes",
    style="thunderbird", cte="8bit",
    body="""Dear Thinh Tri Group,

In 2023 your firm helped me with the registration of my son's birth in Vietnam and with his Portuguese passport application. We have since moved back to Portugal and I no longer need any services from you.

Please erase all personal data you still keep about me and about my son, Lucas Mendes Đoàn, including the copies of my passport, his birth certificate and our residence documents. If you must retain anything by law, please tell me what and for how long.

I would appreciate a short written confirmation once this is done.

Carlos Mendes
Rua das Flores 88, 4050-265 Porto, Portugal""",
    lab=dict(cat="deletion_request", lang="en", name="Carlos Mendes", phone=None,
             email="carlos.mendes@sapo.pt", address="Rua das Flores 88, 4050-265 Porto, Portugal",
             note="The son's name (Lucas Mendes Đoàn) also appears; the sender is Carlos Mendes. No phone given."),
),
# 014 service, mixed, gmail qp, 'bảo mật thông tin' = NDA clause
dict(
    d="2026-04-08 10:18:04", frm=("Nathan Vo", "nathan@finlyapp.io"), to="info",
    subj="Cần soạn NDA + hợp đồng lao động cho startup",
    style="gmail", cte="qp",
    body="""Hi anh chị Thịnh Trí,

Mình là Võ Hoàng Nam (Nathan), CEO của Finly - app quản lý chi tiêu cá nhân, team hiện có 14 người. Tháng sau bên mình onboard thêm 6 dev nên cần:

- Bộ template hợp đồng lao động (full-time + thử việc), có điều khoản về IP: code viết trong thời gian làm việc thuộc về công ty;
- NDA cho nhân viên và cho freelancer, đặc biệt là phần bảo mật thông tin source code và dữ liệu khách hàng của app;
- Review lại policy WFH hiện tại.

Anh chị gửi giúp mình quote và timeline nhé. Nếu cần trao đổi nhanh thì call mình qua 0707 319 864.

Thanks,
Nathan""",
    lab=dict(cat="service_request", lang="mixed", name="Võ Hoàng Nam", phone="+84707319864",
             email="nathan@finlyapp.io", address=None,
             note="'bảo mật thông tin' refers to confidentiality clauses the firm should draft, not a privacy request. Full name given in body; From shows nickname."),
),
# 015 unknown bounce (automated)
dict(
    d="2026-04-08 10:31:07", frm=("Mail Delivery System", "MAILER-DAEMON@mail.thinhtrigroup.com"), to="info",
    subj="Undelivered Mail Returned to Sender",
    style="bounce", cte="7bit",
    bounce=dict(rcpt="thanhtam.vo@gmial.com", queue="4F2A8C31B7",
                orig_subj="Xác nhận yêu cầu xóa dữ liệu cá nhân của Quý khách",
                orig_body="""Kính gửi Quý khách,

Công ty Hệ Thống Luật TNHH Thịnh Trí xác nhận đã tiếp nhận yêu cầu xóa dữ liệu cá nhân của Quý khách. Yêu cầu sẽ được xử lý trong vòng 72 giờ làm việc.

Mọi thắc mắc xin liên hệ support@thinhtrigroup.com hoặc hotline 1800 63 65.

Trân trọng,
Bộ phận Chăm sóc khách hàng"""),
    lab=dict(cat="unknown", lang="en", auto=True,
             note="Bounce of the firm's own confirmation mail; the embedded original talks about a deletion request but is the firm's text, not a customer's."),
),
# 016 access, vi, gmail html qp only, address given
dict(
    d="2026-04-08 14:02:39", frm=("Thân Văn Lộc", "thanvanloc.bg@gmail.com"), to="info",
    subj="Đề nghị cung cấp thông tin cá nhân Công ty đang lưu giữ",
    style="html", cte="qp",
    body="""Kính gửi Công ty Thịnh Trí,

Tôi là Thân Văn Lộc. Năm 2024 tôi được Công ty hỗ trợ vụ tranh chấp ranh giới đất với hộ liền kề, vụ việc đã hòa giải xong.

Nay tôi đề nghị Công ty cho biết hiện còn lưu giữ những thông tin, giấy tờ gì của tôi (bản sao CCCD, sổ đỏ, biên bản làm việc, ghi âm...) và gửi cho tôi một bản sao các tài liệu đó qua email này hoặc qua đường bưu điện.

Thông tin liên hệ:
- Điện thoại: 0357 129 604
- Địa chỉ: Thôn Đông, xã Tân Yên, tỉnh Bắc Ninh

Trân trọng,
Thân Văn Lộc""",
    lab=dict(cat="access_request", lang="vi", name="Thân Văn Lộc", phone="+84357129604",
             email="thanvanloc.bg@gmail.com", address="Thôn Đông, xã Tân Yên, tỉnh Bắc Ninh"),
),
# 017 complaint, en, reply with quoted firm history (hotline)
dict(
    d="2026-04-08 20:44:15", frm=("Daniel Whitaker", "dan.whitaker@outlook.com"), to="support",
    subj="RE: Invoice TT-2026-0318 - legal fees for March",
    style="outlook", cte="qp",
    hdr={"In-Reply-To": "<e81b7f40-2d93-4c55-b0a7-7f6c1d0e9a23@thinhtrigroup.com>",
         "References": "<e81b7f40-2d93-4c55-b0a7-7f6c1d0e9a23@thinhtrigroup.com>"},
    body="""Hi,

This invoice charges me 14 hours for "drafting and review" of my shareholder agreement. The agreed quote was a fixed fee of 18 million VND; nobody told me the work would be billed hourly, and I already paid the fixed fee in February.

This is the second time I have received an invoice I did not agree to, and my calls to your office this week went unanswered. I am not paying this and I expect an explanation from the partner in charge, not another automated reminder.

Daniel Whitaker
+84 908 771 029""",
    quote=("From: Thinh Tri Support <support@thinhtrigroup.com>\nSent: Monday, April 6, 2026 9:00 AM\nTo: dan.whitaker@outlook.com\nSubject: Invoice TT-2026-0318 - legal fees for March",
           """Dear Mr. Whitaker,

Please find attached invoice TT-2026-0318 for legal services rendered in March 2026. Payment is due within 10 days by bank transfer.

For billing questions please call our hotline 1800 63 65.

Kind regards,
Accounts Team
Thinh Tri Legal"""),
    lab=dict(cat="complaint", lang="en", name="Daniel Whitaker", phone="+84908771029",
             email="dan.whitaker@outlook.com", address=None,
             note="Reply; only the top part is new. Quoted firm text has the firm's hotline."),
),
# 018 deletion, vi, cp1258 polite, no 'xóa'
dict(
    d="2026-04-09 07:48:22", frm=("Phùng Thị Lan", "phungthilan1957@yahoo.com.vn"), to="info",
    subj="Thư gửi Công ty Thịnh Trí",
    style="cp1258", cte="qp",
    hdr={"X-Mailer": "Microsoft Outlook Express 6.00.2900.5931", "X-Priority": "3"},
    body="""Kính gửi Công ty Thịnh Trí,

Tôi là Phùng Thị Lan, ở Hải Dương. Năm ngoái cháu tôi có đưa tôi lên Công ty hỏi về việc tặng cho nhà đất cho các con. Nay gia đình đã làm xong ở phòng công chứng gần nhà rồi.

Tôi tuổi cao, không muốn giấy tờ của mình để nhiều nơi. Xin Công ty đừng giữ lại bản chụp giấy tờ nhà đất, chứng minh thư và số điện thoại của tôi nữa, cũng không cần gửi thư hay gọi hỏi thăm. Làm xong xin gọi báo tôi một câu qua máy bàn (0220) 3852 419.

Cảm ơn Công ty.
Phùng Thị Lan""",
    lab=dict(cat="deletion_request", lang="vi", name="Phùng Thị Lan", phone="+842203852419",
             email="phungthilan1957@yahoo.com.vn", address=None,
             note="Polite deletion request without the word 'xóa'. Body is windows-1258 with combining tone marks; compare after NFC. 'Hải Dương' is only where she lives, not an address."),
),
# 019 service, vi, iPhone plain, no diacritics + iPhone footer
dict(
    d="2026-04-09 12:16:58", frm=("Tuan Lo", "lovantuan.sl@icloud.com"), to="info",
    subj="cong ty no luong 3 thang",
    style="iphone", cte="8bit",
    body="""Chao anh chi luat su
Em ten Lo Van Tuan lam tho han o mot cong ty co khi o KCN Tan Tao, cong ty no luong em va khoang 40 nguoi 3 thang nay roi, gio giam doc con khong den cong ty nua.
Em muon hoi tui em phai lam don gui dau, co kien duoc khong, va neu nho luat su dai dien cho ca nhom thi chi phi the nao.
So em 0375 208 946, anh chi goi buoi trua hoac toi giup em.
Em cam on""",
    footer="Gửi từ iPhone của tôi",
    lab=dict(cat="service_request", lang="vi", name="Lo Van Tuan", phone="+84375208946",
             email="lovantuan.sl@icloud.com", address=None),
),
# 020 unknown, job/intern application, mixed, with CV attachment
dict(
    d="2026-04-09 14:30:11", frm=("Hà Phương Thảo", "phuongthao.ha.law@gmail.com"), to="info",
    subj="[Application] Thực tập sinh pháp lý - Hà Phương Thảo",
    style="gmail", cte="qp", attach=("CV_HaPhuongThao.pdf", "application/pdf"),
    body="""Dear anh chị phòng Nhân sự,

Em là Hà Phương Thảo, sinh viên năm 4 Đại học Luật TP.HCM, chuyên ngành Luật Thương mại quốc tế (GPA 3.4/4, IELTS 7.5). Em thấy Thịnh Trí đang tuyển Legal Intern cho mảng Corporate & M&A nên xin phép gửi CV đính kèm.

Em đã có 6 tháng thực tập tại một văn phòng luật về due diligence và soạn thảo hợp đồng song ngữ. Em có thể làm full-time từ tháng 6/2026.

Em mong có cơ hội được phỏng vấn ạ. SĐT: 0793 512 864.

Best regards,
Hà Phương Thảo""",
    lab=dict(cat="unknown", lang="mixed", name="Hà Phương Thảo", phone="+84793512864",
             email="phuongthao.ha.law@gmail.com", address=None, note="Internship application, not a customer request."),
),
# 021 correction, vi no diacritics, misspelled name variant
dict(
    d="2026-04-09 16:03:44", frm=("Ngoc Anh Hoang", "hoangngocanh.ktx@gmail.com"), to="support",
    subj="sai ten tren ban nhap hop dong",
    style="gmail", cte="7bit",
    body="""Chao anh chi,
Em la Hoang Thi Ngoc Anh, dang nho cong ty lam hop dong mua ban can ho o Thanh Xuan.
Ban nhap hop dong anh chi gui hom qua ghi ten em la "Hoang Thi Ngoc An" va nam sinh 1995, dung ra la Hoang Thi Ngoc Anh, sinh nam 1996. Nho anh chi sua lai trong ho so va trong ban nhap truoc khi gui ben ban giup em nha.
Em cam on a.
Ngoc Anh
0909 835 172""",
    lab=dict(cat="correction_request", lang="vi", name="Hoang Thi Ngoc Anh", phone="+84909835172",
             email="hoangngocanh.ktx@gmail.com", address=None,
             note="Misspelled variant 'Hoang Thi Ngoc An' also appears."),
),
# 022 service, en, with police report attachment
dict(
    d="2026-04-09 19:22:06", frm=("Liam Fitzgerald", "liam.fitz@gmail.com"), to="info",
    subj="Road accident in Hoi An - need a lawyer",
    style="gmail", cte="7bit", attach=("bien-ban-tai-nan.pdf", "application/pdf"),
    body="""Hi,

I'm an Australian teaching English in Da Nang. Last Saturday a car hit my motorbike in Hoi An and I broke my wrist. The police made a report (attached, it's in Vietnamese) and say the driver was at fault, but his insurer is now offering only 15 million VND, which doesn't even cover my hospital bills.

I'd like a lawyer to negotiate with the insurer for me, and to take it further if needed. Can you tell me how you charge for something like this?

You can reach me on 0935 602 418 - I'm on mornings only because I teach in the afternoons.

Thanks,
Liam Fitzgerald""",
    lab=dict(cat="service_request", lang="en", name="Liam Fitzgerald", phone="+84935602418",
             email="liam.fitz@gmail.com", address=None),
),
# 023 complaint, vi, forwarded third-party email with broker phone
dict(
    d="2026-04-10 08:55:30", frm=("Kha Thị Ngọc Diễm", "ngocdiem.kha@outlook.com"), to="support",
    subj="FW: Căn hộ chị Diễm đang muốn bán - bên em có khách",
    style="outlook", cte="qp",
    body="""Gửi Công ty Thịnh Trí,

Tôi chuyển tiếp email tôi vừa nhận được. Tuần trước tôi chỉ trao đổi với luật sư của Công ty về việc bán căn hộ đang thế chấp ngân hàng, kể cả số tiền còn nợ, vậy mà hôm nay một môi giới lạ đã biết hết và gọi điện, gửi email chào mua.

Tôi không hề đăng tin bán ở đâu cả. Tôi yêu cầu Công ty kiểm tra và trả lời bằng văn bản ai đã làm lộ thông tin này. Đây là lần đầu tôi dùng dịch vụ của Công ty và tôi rất thất vọng.

Kha Thị Ngọc Diễm
0939 771 045""",
    fwd=("From: Nhà Đất Phú An <tuvan@nhadatphuan.vn>\nSent: Friday, April 10, 2026 7:52 AM\nTo: ngocdiem.kha@outlook.com <ngocdiem.kha@outlook.com>\nSubject: Căn hộ chị Diễm đang muốn bán - bên em có khách",
         """Chào chị Diễm,

Em được biết chị đang cần bán gấp căn hộ 2PN tại Phú Mỹ Hưng để tất toán khoản vay khoảng 1,9 tỷ. Bên em đang có khách sẵn tiền, có thể hỗ trợ chị tất toán trước rồi mới công chứng.

Chị liên hệ em nhé: 0977 556 812 (Mr. Hoàn).

Nhà Đất Phú An"""),
    lab=dict(cat="complaint", lang="vi", name="Kha Thị Ngọc Diễm", phone="+84939771045",
             email="ngocdiem.kha@outlook.com", address=None,
             note="Forwarded broker email included as evidence; its phone 0977 556 812 is not the sender's."),
),
# 024 correction, mixed, new address + new phone, old phone present
dict(
    d="2026-04-10 10:12:48", frm=("Tracy Tang", "tracy.tangbt@gmail.com"), to="support",
    subj="Update thông tin liên hệ - Tăng Bảo Trân",
    style="gmail", cte="qp",
    body="""Hi team Thịnh Trí,

Mình là Tăng Bảo Trân (Tracy), đang làm hồ sơ visa định cư cho ba mẹ với bên mình. Mình mới move sang nhà mới và đổi số nên nhờ team update giúp trong file:

- New address: Tầng 9, căn 9.07, chung cư The Sun Avenue, 28 Mai Chí Thọ, P. Bình Trưng, TP.HCM
- New phone: 0765 230 918 (số cũ 0918 446 372 mình đã cắt rồi nha)

Email vẫn dùng email này. Thanks team nhiều!

Tracy""",
    lab=dict(cat="correction_request", lang="mixed", name="Tăng Bảo Trân", phone="+84765230918",
             email="tracy.tangbt@gmail.com",
             address="Tầng 9, căn 9.07, chung cư The Sun Avenue, 28 Mai Chí Thọ, P. Bình Trưng, TP.HCM",
             note="Old number 0918 446 372 also present; contact phone is the new one."),
),
# 025 unknown, newsletter (automated), vi, bulk
dict(
    d="2026-04-10 07:00:00", frm=("Tạp chí Pháp lý Doanh nghiệp", "bantin@phaplydoanhnghiep.vn"), to="info",
    subj="Bản tin pháp luật tuần 15/2026: Sửa đổi quy định bảo vệ dữ liệu cá nhân, thuế TNCN",
    style="newsletter", cte="b64",
    hdr={"List-Id": "Ban tin Phap ly Doanh nghiep <tuan.phaplydoanhnghiep.vn>",
         "List-Unsubscribe": "<https://phaplydoanhnghiep.vn/unsubscribe?u=a91c3f&e=info%40thinhtrigroup.com>",
         "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
    body="""TẠP CHÍ PHÁP LÝ DOANH NGHIỆP - BẢN TIN TUẦN 15/2026

Kính gửi Quý độc giả,

1. Dự thảo sửa đổi quy định về bảo vệ dữ liệu cá nhân: doanh nghiệp phải phản hồi yêu cầu xóa, chỉnh sửa dữ liệu trong thời hạn ngắn hơn.
2. Hướng dẫn mới về giảm trừ gia cảnh thuế TNCN áp dụng từ kỳ tính thuế 2026.
3. Tọa đàm trực tuyến "Hợp đồng điện tử và chữ ký số" - 9h00 thứ Tư 22/04/2026.

Bạn nhận được email này vì đã đăng ký nhận bản tin của Tạp chí Pháp lý Doanh nghiệp.
Hủy đăng ký: https://phaplydoanhnghiep.vn/unsubscribe?u=a91c3f""",
    lab=dict(cat="unknown", lang="vi", auto=True,
             note="Bulk newsletter to the firm; mentions deletion/correction of personal data but is list mail."),
),
]
