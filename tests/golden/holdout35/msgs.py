# Message data for h35_001 .. h35_025 (see make.py for the field meanings).
#   client: gmail | outlook | owa | yahoo | iphone | oe | thunderbird | generic
#   fmt:    plain | html | alt | mixed ;  cte: 7bit | 8bit | quoted-printable | base64


def L(category, language, name=None, phone=None, email=None, address=None, note=None, automated=False):
    return {"category": category, "automated": automated, "language": language,
            "contact": {"name": name, "phone": phone, "email": email, "address": address},
            "note": note}


FIRM_SIG_VI = """Công ty Hệ Thống Luật TNHH Thịnh Trí
57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM
Hotline: 1800 63 65"""

MSGS = [
# ---------------------------------------------------------------------------------------------- 001
{
    "id": 1, "client": "gmail", "fmt": "alt", "cte": "base64", "henc": "B",
    "frm": ("Đỗ Thị Mai Lan", "mailan.do.hn@gmail.com"), "to": "info",
    "subject": "Hỏi thủ tục ly hôn thuận tình khi đăng ký kết hôn ở tỉnh khác",
    "date": "2026-04-13 08:52:37",
    "body": """Chào anh/chị luật sư,

Em là Đỗ Thị Mai Lan, hiện đang sống và làm việc ở Hà Nội. Vợ chồng em đăng ký kết hôn năm 2019 tại quê chồng ở Nghệ An, có một bé gái 4 tuổi. Hai vợ chồng đã thống nhất ly hôn, chồng em đồng ý để em nuôi con và mỗi tháng gửi tiền cấp dưỡng 3 triệu.

Em muốn hỏi:
1. Em nộp đơn ở Tòa án nơi em đang ở Hà Nội được không hay phải về Nghệ An?
2. Hồ sơ cần bản chính giấy chứng nhận kết hôn nhưng em làm thất lạc rồi, thì xin trích lục ở đâu?
3. Nếu bên mình nhận làm trọn gói thì chi phí khoảng bao nhiêu và mất bao lâu?

Anh/chị gọi hoặc nhắn Zalo cho em qua số 0986 214 730, buổi trưa em tiện nghe máy nhất ạ.

Em cảm ơn!
Mai Lan""",
    "label": L("service_request", "vi", "Đỗ Thị Mai Lan", "+84986214730", "mailan.do.hn@gmail.com"),
},
# ---------------------------------------------------------------------------------------------- 002
{
    "id": 2, "client": "gmail", "fmt": "plain", "cte": "7bit",
    "frm": ("Hau Nguyen", "hau.nguyenvan82@gmail.com"), "to": "support",
    "subject": "Hen tu van 2 lan luat su deu khong den",
    "date": "2026-04-13 19:40:12",
    "body": """Chao cong ty,
Toi la Nguyen Van Hau. Ngay 02/04 toi da chuyen khoan 1.500.000d phi tu van truc tiep ve viec cong ty cu no luong toi 4 thang. Nhan vien hen toi den van phong luc 9h ngay 07/04, toi xin nghi lam de di, ngoi cho hon 1 tieng thi duoc bao luat su ban viec dot xuat.
Hen lai ngay 10/04, toi lai den va lai khong gap duoc ai, le tan cung khong biet lich hen cua toi.
Toi mat 2 ngay cong va tien xe di lai tu Cu Chi. Toi yeu cau cong ty giai thich ro ly do va hoan lai tien phi tu van cho toi, neu khong toi se dang len cac hoi nhom cho moi nguoi biet.
Nguyen Van Hau
sdt 0915 370 482""",
    "label": L("complaint", "vi", "Nguyen Van Hau", "+84915370482", "hau.nguyenvan82@gmail.com"),
},
# ---------------------------------------------------------------------------------------------- 003
{
    "id": 3, "client": "generic", "fmt": "plain", "cte": "quoted-printable", "henc": "Q",
    "frm": ("Phòng Kế toán - Cơ khí Hưng Phát", "ketoan@cokhihungphat.com.vn"), "to": "info",
    "subject": "Re: Bổ sung chứng từ cho hồ sơ quyết toán thuế TNCN 2025",
    "date": "2026-04-13 10:21:04", "reply": True,
    "extra": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    "body": """Kính gửi Quý đối tác,

Hộp thư ketoan@cokhihungphat.com.vn đã nhận được email của Quý đối tác. Đây là thư phản hồi tự động, vui lòng không trả lời thư này.

Yêu cầu của Quý đối tác đã được ghi nhận với mã số HP-26-0417 và sẽ được bộ phận phụ trách xử lý trong giờ hành chính (thứ Hai - thứ Sáu, 8h00 - 17h00).

Công ty TNHH Cơ khí Hưng Phát
ĐT: (0251) 3836 742""",
    "label": L("unknown", "vi", automated=True,
               note="Subject looks like a human reply to the firm; only the Auto-Submitted header and the body "
                    "show it is an automatic acknowledgement."),
},
# ---------------------------------------------------------------------------------------------- 004
{
    "id": 4, "client": "outlook", "fmt": "alt", "cte": "quoted-printable",
    "frm": ("Daniel Whitford", "daniel.whitford@kestrelfoods.com.vn"), "to": "support",
    "subject": "Incorrect surname on engagement letter and invoice",
    "date": "2026-04-14 10:05:48",
    "body": """Dear Thinh Tri team,

Thank you for sending over the engagement letter for the review of our distribution agreements. Before I sign, I noticed that both the engagement letter and the first invoice (No. 0412/26) name me as "Daniel Whitfield". My surname is Whitford (W-H-I-T-F-O-R-D), as shown on the passport copy I provided.

Could you please correct my name in your client records and reissue both documents? The company details are otherwise correct.

Kind regards,
Daniel Whitford
Finance Director, Kestrel Foods Vietnam
Mobile: +84 938 116 054""",
    "label": L("correction_request", "en", "Daniel Whitford", "+84938116054", "daniel.whitford@kestrelfoods.com.vn",
               note="Misspelled variant 'Daniel Whitfield' also appears; reissuing the documents is part of the "
                    "correction, not a separate service request."),
},
# ---------------------------------------------------------------------------------------------- 005
{
    "id": 5, "client": "oe", "fmt": "plain", "cte": "quoted-printable", "charset": "windows-1258", "henc": "Q",
    "frm": ("Trịnh Văn Bảy", "trinhvanbay1958@yahoo.com.vn"), "to": "info",
    "subject": "Về giấy tờ tôi gửi Công ty năm 2023",
    "date": "2026-04-14 07:31:55",
    "body": """Kính gửi Công ty Thịnh Trí,

Tôi là Trịnh Văn Bảy, năm 2023 có đến Công ty nhờ tư vấn việc tranh chấp ranh giới đất với nhà hàng xóm. Sau đó hai bên đã hòa giải xong ở Ủy ban xã nên tôi không cần nhờ đến luật sư nữa.

Lúc đó tôi có để lại bản photo sổ đỏ, căn cước và mấy tờ biên bản đo đạc. Nay việc đã xong, tôi nhờ Công ty hủy giúp các bản giấy tờ đó, không giữ tên tuổi, số điện thoại của tôi trong sổ sách khách hàng nữa, và cũng không gửi thư mời hay lịch Tết cho tôi nữa.

Có gì Công ty gọi cho tôi theo số bàn (0272) 3825 917, tôi ở nhà cả ngày.

Trân trọng cảm ơn.
Trịnh Văn Bảy""",
    "label": L("deletion_request", "vi", "Trịnh Văn Bảy", "+842723825917", "trinhvanbay1958@yahoo.com.vn",
               note="Polite deletion request phrased as 'hủy giúp ... không giữ' without the word 'xóa'. Body is "
                    "windows-1258 with combining tone marks; compare after NFC normalisation."),
},
# ---------------------------------------------------------------------------------------------- 006
{
    "id": 6, "client": "outlook", "fmt": "alt", "cte": "7bit",
    "frm": ("Kenji Watanabe", "k.watanabe@hoshino-seiki.co.jp"), "to": "info",
    "subject": "Inquiry: setting up a trading company in southern Vietnam",
    "date": "2026-04-14 15:22:09",
    "body": """Dear Sir/Madam,

I am the Overseas Business Manager of Hoshino Seiki Co., Ltd., a manufacturer of precision machine parts based in Nagoya. We plan to set up a 100% foreign-owned trading company in Vietnam to import our products and distribute them to customers in the southern industrial parks.

Could you advise on:
- the investment registration and enterprise registration steps, and the expected timeline;
- any minimum capital requirements for trading activities;
- whether your firm can also assist with the trading licence and opening the direct investment capital account.

I will be in Ho Chi Minh City until 30 April. During this period please contact me on my Vietnamese mobile, 0889 305 217, rather than the Japan office number below.

Best regards,
Kenji Watanabe
Overseas Business Manager
Hoshino Seiki Co., Ltd.
Tel (Japan): +81 52 734 6610""",
    "label": L("service_request", "en", "Kenji Watanabe", "+84889305217", "k.watanabe@hoshino-seiki.co.jp",
               note="Two own numbers; the sender asks to be called on the Vietnamese mobile, not the Japan office line."),
},
# ---------------------------------------------------------------------------------------------- 007
{
    "id": 7, "client": "iphone", "fmt": "plain", "cte": "quoted-printable",
    "frm": ("Thu Ha Pham", "thuha.pham.1990@gmail.com"), "to": "info",
    "subject": "xin thong tin ho so",
    "date": "2026-04-15 12:18:40",
    "body": """Chao cong ty,
Toi la Pham Thi Thu Ha, nam 2025 co nho cong ty lam thu tuc khai nhan thua ke can nha cua bo me o Di An.
Nay toi muon biet cong ty con luu nhung thong tin, giay to gi cua toi (CCCD, so ho khau cu, giay chung tu cua bo me, hop dong dich vu...) va nho cong ty gui cho toi 1 ban sao cac thong tin do qua email nay.
Co gi lien he toi so 0357 628 019.
Cam on cong ty.

Gửi từ iPhone của tôi""",
    "label": L("access_request", "vi", "Pham Thi Thu Ha", "+84357628019", "thuha.pham.1990@gmail.com"),
},
# ---------------------------------------------------------------------------------------------- 008
{
    "id": 8, "client": "gmail", "fmt": "alt", "cte": "quoted-printable",
    "frm": ("Oliver Grant", "oliver.grant.sgn@gmail.com"), "to": "support",
    "subject": "Re: Invoice for company registration services",
    "date": "2026-04-15 21:06:17", "reply": True,
    "body": """Hi,

This invoice is not what we agreed. Your quotation of 12 March was a fixed fee of VND 18,000,000 "all-inclusive", and that is the only reason I chose your firm. Now I'm being billed VND 26,500,000 with a line for "additional government and notarisation fees" that nobody mentioned before.

I've called twice this week and was told someone would call me back. Nobody has. I'm not paying the extra amount until someone explains, in writing, why the quote was not honoured.

Oliver Grant
+84 909 552 716""",
    "quote": {"style": "prefix",
              "intro": "On Tue, 14 Apr 2026 at 16:35, Thinh Tri Support <support@thinhtrigroup.com> wrote:",
              "text": """Dear Mr. Grant,

Please find attached our invoice for the establishment of Grant & Ko Coffee Roasters Co., Ltd. Kindly arrange payment within 7 days.

Should you need anything further, our hotline 1800 63 65 is available Monday to Saturday.

Best regards,
Trinh Bao Ngoc
Client Services
Thinh Tri Legal"""},
    "label": L("complaint", "en", "Oliver Grant", "+84909552716", "oliver.grant.sgn@gmail.com",
               note="Reply; only the top part is new. Quoted firm text has the firm's hotline and a staff name."),
},
# ---------------------------------------------------------------------------------------------- 009
{
    "id": 9, "client": "gmail", "fmt": "alt", "cte": "quoted-printable",
    "frm": ("Khánh Vy", "khanhvy.ngo.design@gmail.com"), "to": "info",
    "subject": "Delete my submitted info - xóa giúp em thông tin form tư vấn",
    "date": "2026-04-15 10:44:03",
    "body": """Hi anh chị,

Em là Ngô Khánh Vy, tuần trước em có fill form "Đặt lịch tư vấn" trên website để hỏi về đăng ký bảo hộ logo cho brand nhỏ của em, có upload kèm file logo.

Em đã quyết định làm với một bên khác rồi nên nhờ team delete hết data em đã submit nha: họ tên, email, số phone 0773 918 205 và file logo. Em cũng không cần ai gọi lại tư vấn nữa ạ.

Thanks team nhiều!
Khánh Vy""",
    "label": L("deletion_request", "mixed", "Ngô Khánh Vy", "+84773918205", "khanhvy.ngo.design@gmail.com",
               note="The phone number is listed as data to delete, but it is the sender's own number."),
},
# ---------------------------------------------------------------------------------------------- 010
{
    "id": 10, "client": "gmail", "fmt": "alt", "cte": "base64",
    "frm": ("Mạc Đình Quân", "macdinhquan.hp@gmail.com"), "to": "info",
    "subject": "Nhờ tư vấn thủ tục xóa án tích",
    "date": "2026-04-15 08:03:26",
    "body": """Chào Công ty,

Tôi tên Mạc Đình Quân, 34 tuổi, ở Hải Phòng. Năm 2019 tôi bị xử 2 năm tù cho hưởng án treo về tội vi phạm quy định về tham gia giao thông đường bộ. Tôi đã chấp hành xong và bồi thường đầy đủ cho gia đình bị hại.

Hiện tôi đang ứng tuyển vào một công ty vận tải, họ yêu cầu nộp Phiếu lý lịch tư pháp số 1. Tôi muốn hỏi:
- Trường hợp của tôi đã được đương nhiên xóa án tích chưa, hay phải làm đơn xin?
- Nếu phiếu lý lịch tư pháp vẫn ghi án tích thì tôi phải làm gì?
- Công ty có nhận làm thủ tục này không, phí bao nhiêu?

Số điện thoại của tôi: 0904 617 283.

Cảm ơn Công ty.
Mạc Đình Quân""",
    "label": L("service_request", "vi", "Mạc Đình Quân", "+84904617283", "macdinhquan.hp@gmail.com",
               note="'xóa án tích' is the legal expungement of a criminal record, not a request to delete data "
                    "held by the firm."),
},
# ---------------------------------------------------------------------------------------------- 011
{
    "id": 11, "client": "gmail", "fmt": "mixed", "cte": "quoted-printable",
    "frm": ("Cao Thị Ngọc Diệp", "ngocdiep.cao.law@gmail.com"), "to": "info",
    "subject": "Ứng tuyển Thực tập sinh pháp lý - Cao Thị Ngọc Diệp",
    "date": "2026-04-15 22:15:51",
    "attach": {"name": "CV_CaoThiNgocDiep.pdf", "type": "application/pdf", "title": "CV - Cao Thi Ngoc Diep"},
    "body": """Kính gửi Anh/Chị phụ trách tuyển dụng,

Em là Cao Thị Ngọc Diệp, sinh viên năm cuối ngành Luật Thương mại, Trường Đại học Luật TP.HCM. Em được biết Công ty đang tuyển thực tập sinh pháp lý cho mảng doanh nghiệp và sở hữu trí tuệ qua trang tuyển dụng của trường.

Trong thời gian học, em đã thực tập 3 tháng tại phòng pháp chế của một công ty bất động sản, hỗ trợ rà soát hợp đồng và soạn công văn. Em có thể làm việc toàn thời gian từ tháng 6/2026.

Em xin gửi kèm CV và bảng điểm. Rất mong có cơ hội được phỏng vấn.

Trân trọng,
Cao Thị Ngọc Diệp
SĐT: 0838 402 617""",
    "label": L("unknown", "vi", "Cao Thị Ngọc Diệp", "+84838402617", "ngocdiep.cao.law@gmail.com",
               note="Internship application, not a customer request."),
},
# ---------------------------------------------------------------------------------------------- 012
{
    "id": 12, "client": "owa", "fmt": "alt", "cte": "base64",
    "frm": ("Hà Minh Tuấn", "haminhtuan.kt@outlook.com"), "to": "support",
    "subject": "Cập nhật địa chỉ nhận hồ sơ gốc",
    "date": "2026-04-16 09:27:14",
    "body": """Kính gửi bộ phận Chăm sóc khách hàng,

Tôi là Hà Minh Tuấn, khách hàng đang làm dịch vụ chuyển nhượng phần vốn góp tại Công ty (luật sư phụ trách: LS Nguyễn Hữu Khang).

Trong hồ sơ của tôi đang ghi địa chỉ cũ là 25/14 Lê Văn Sỹ, Phường Nhiêu Lộc, TP.HCM. Tôi đã chuyển nhà từ đầu tháng 4, đề nghị Công ty cập nhật địa chỉ mới để gửi bản gốc hợp đồng và giấy tờ về đúng chỗ:

17 Đường số 9, KDC Nam Long, Phường Phước Long, TP.HCM

Số điện thoại (0967 350 814) và email không thay đổi.

Trân trọng,
Hà Minh Tuấn""",
    "label": L("correction_request", "vi", "Hà Minh Tuấn", "+84967350814", "haminhtuan.kt@outlook.com",
               "17 Đường số 9, KDC Nam Long, Phường Phước Long, TP.HCM",
               note="Old address also present; contact address is the new one."),
},
# ---------------------------------------------------------------------------------------------- 013
{
    "id": 13, "kind": "bounce", "client": "generic", "to": "support",
    "subject": "Undelivered Mail Returned to Sender",
    "date": "2026-04-16 14:02:11",
    "notice": """This is the mail system at host mail.thinhtrigroup.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<minhkhoa.vo@vnn.vn>: host mx.vnn.vn[203.162.4.190] said: 550 5.1.1
    <minhkhoa.vo@vnn.vn>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)
""",
    "dsn": [
        [("Reporting-MTA", "dns; mail.thinhtrigroup.com"), ("X-Postfix-Queue-ID", "4B2E81C03A"),
         ("X-Postfix-Sender", "rfc822; support@thinhtrigroup.com"),
         ("Arrival-Date", "Thu, 16 Apr 2026 14:02:08 +0700 (+07)")],
        [("Final-Recipient", "rfc822; minhkhoa.vo@vnn.vn"),
         ("Original-Recipient", "rfc822;minhkhoa.vo@vnn.vn"), ("Action", "failed"), ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.vnn.vn"),
         ("Diagnostic-Code", "smtp; 550 5.1.1 <minhkhoa.vo@vnn.vn>: Recipient address\n rejected: "
                             "User unknown in virtual mailbox table")],
    ],
    "original": {
        "from": ("Thịnh Trí Support", "support@thinhtrigroup.com"), "to": "minhkhoa.vo@vnn.vn",
        "subject": "Xác nhận đã xóa dữ liệu cá nhân theo yêu cầu", "date": "2026-04-16 14:02:07",
        "body": """Kính gửi ông Võ Minh Khoa,

Theo yêu cầu ngày 08/04/2026 của ông, Công ty đã xóa thông tin liên hệ và bản sao giấy tờ tùy thân của ông khỏi hệ thống quản lý khách hàng. Riêng hồ sơ kế toán liên quan đến hóa đơn dịch vụ năm 2025 được lưu trữ theo thời hạn luật định.

Trân trọng,
Bộ phận Chăm sóc khách hàng
Công ty Hệ Thống Luật TNHH Thịnh Trí
Hotline: 1800 63 65""",
    },
    "label": L("unknown", "en", automated=True,
               note="Bounce of the firm's own confirmation; the embedded original talks about deleting a client's "
                    "personal data but is not customer text."),
},
# ---------------------------------------------------------------------------------------------- 014
{
    "id": 14, "client": "owa", "fmt": "html", "cte": "base64",
    "frm": ("Lưu Thị Hồng Nhung", "hongnhung.luu@outlook.com"), "to": "support",
    "subject": "Phản ánh việc lộ thông tin sau buổi tư vấn mua căn hộ",
    "date": "2026-04-16 20:51:33",
    "body": """Kính gửi Công ty Thịnh Trí,

Ngày 09/04 tôi có buổi tư vấn online với luật sư của Công ty để rà soát hợp đồng mua căn hộ hình thành trong tương lai tại một dự án ở Thủ Đức. Trong buổi đó tôi có nói rõ tên dự án, mã căn và khả năng tài chính của gia đình.

Chỉ 3 ngày sau, tôi liên tục nhận cuộc gọi từ môi giới của chính dự án đó, gọi đúng tên tôi, biết tôi đang "cân nhắc căn 2 phòng ngủ tầng 12" và hối thúc đặt cọc. Tôi chưa từng để lại số điện thoại cho chủ đầu tư hay sàn giao dịch nào.

Tôi rất bức xúc. Đề nghị Công ty kiểm tra ai đã tiếp cận hồ sơ của tôi, có chia sẻ cho bên thứ ba hay không, và trả lời tôi bằng văn bản trong tuần này.

Lưu Thị Hồng Nhung
ĐT: 0932 771 508""",
    "label": L("complaint", "vi", "Lưu Thị Hồng Nhung", "+84932771508", "hongnhung.luu@outlook.com"),
},
# ---------------------------------------------------------------------------------------------- 015
{
    "id": 15, "client": "gmail", "fmt": "alt", "cte": "7bit",
    "frm": ("Bao Tran", "quocbao.tran.dn@gmail.com"), "to": "info",
    "subject": "hoi ve viec chu nha khong tra tien coc",
    "date": "2026-04-17 07:12:45",
    "body": """Chao luat su,
Toi ten Tran Quoc Bao, o Da Nang. Toi thue nha nguyen can 2 nam, hop dong co ghi tien coc 30 trieu se tra lai khi het han neu nha khong hu hong. Thang 3 vua roi het hop dong, toi da ban giao nha day du, co chup hinh, nhung chu nha noi do viec nay viec kia roi khong tra coc, goi thi khong nghe may.
Xin hoi toi co the khoi kien doi lai tien coc khong, thu tuc ra sao, va neu thue luat su thi chi phi bao nhieu.
So dien thoai cua toi: 0905.482.731
Cam on luat su.""",
    "label": L("service_request", "vi", "Tran Quoc Bao", "+84905482731", "quocbao.tran.dn@gmail.com"),
},
# ---------------------------------------------------------------------------------------------- 016
{
    "id": 16, "client": "owa", "fmt": "alt", "cte": "quoted-printable", "tz": "+10:00",
    "frm": ("Chloe Bennett", "chloe.bennett.mel@outlook.com"), "to": "info",
    "subject": "Erasure request - former work permit applicant",
    "date": "2026-04-17 11:40:22",
    "body": """Hello,

In 2024 your firm prepared my work permit and temporary residence card on behalf of my then employer, Saigon Bright English Centre. I left that job and Vietnam in December 2025 and now live back in Australia.

As I no longer have any relationship with the centre or with your firm, I ask that you delete all personal data you hold about me: copies of my passport, degree, police check, health certificate and photos, as well as my contact details. If there is anything you are legally required to keep, please tell me what it is and for how long.

The centre's HR contact at the time was Ms. Lê Thanh Vân (028 3915 6620) in case you need to check the file, but please send your confirmation to me directly.

Kind regards,
Chloe Bennett
14 Rathdowne Street, Carlton VIC 3053, Australia""",
    "label": L("deletion_request", "en", "Chloe Bennett", None, "chloe.bennett.mel@outlook.com",
               "14 Rathdowne Street, Carlton VIC 3053, Australia",
               note="The former employer's HR contact and phone (028 3915 6620) appear; they are not the sender's. "
                    "The sender gives no phone number."),
},
# ---------------------------------------------------------------------------------------------- 017
{
    "id": 17, "client": "gmail", "fmt": "alt", "cte": "quoted-printable",
    "frm": ("Quách Thanh Tâm", "thanhtam.quach@gmail.com"), "to": "info",
    "subject": "Hỏi về thông tin cá nhân Công ty đang lưu",
    "date": "2026-04-17 14:26:08",
    "body": """Chào Công ty,

Tôi là Quách Thị Thanh Tâm. Sáng nay tôi nhận được cuộc gọi của một nhân viên Thịnh Trí mời tham dự hội thảo về thuế cho hộ kinh doanh; nhân viên đọc đúng tên tôi và tên cửa hàng tạp hóa của tôi. Tôi không nhớ mình đã từng liên hệ hay để lại thông tin cho Công ty.

Thư này không phải khiếu nại, tôi chỉ muốn biết rõ: Công ty đang lưu những thông tin nào của tôi, có được từ nguồn nào, và đang dùng vào mục đích gì. Nếu được, xin gửi cho tôi bản liệt kê qua email này.

Số điện thoại của tôi là 0944 260 517 (cũng là số nhân viên đã gọi).

Trân trọng,
Quách Thị Thanh Tâm""",
    "label": L("access_request", "vi", "Quách Thị Thanh Tâm", "+84944260517", "thanhtam.quach@gmail.com",
               note="Explicitly 'không phải khiếu nại'; asks what data is held, its source and purpose, so it is an "
                    "access request. Full name in the body differs from the From display 'Quách Thanh Tâm'."),
},
# ---------------------------------------------------------------------------------------------- 018
{
    "id": 18, "client": "gmail", "fmt": "alt", "cte": "quoted-printable",
    "frm": ("Kevin Lam", "kevin.lam@nexaroute.io"), "to": "info",
    "subject": "Cần review Privacy Policy & quy trình xử lý data cho app (Luật BVDLCN)",
    "date": "2026-04-17 16:58:30",
    "body": """Hi anh chị,

Em là Lâm Gia Huy (Kevin), CTO của NexaRoute - app quản lý đội xe giao hàng cho SME. Tụi em sắp launch bản mới có tính năng tracking GPS tài xế realtime nên cần làm compliance về bảo vệ dữ liệu cá nhân trước khi go-live.

Scope em cần bên mình support:
- Review và viết lại Privacy Policy + Terms of Use (song ngữ Việt - Anh);
- Set up quy trình xử lý yêu cầu truy cập / xóa dữ liệu của tài xế và khách hàng;
- Hồ sơ đánh giá tác động xử lý dữ liệu cá nhân theo Luật Bảo vệ dữ liệu cá nhân.

Anh chị gửi giúp em proposal với fee + timeline nhé. Hơi gấp vì deadline launch là 15/05.

Thanks,
Lâm Gia Huy (Kevin)
CTO, NexaRoute
+84 707 215 846""",
    "label": L("service_request", "mixed", "Lâm Gia Huy", "+84707215846", "kevin.lam@nexaroute.io",
               note="Privacy, access and deletion vocabulary describes the sender's own product compliance project; "
                    "it is a service request, not a data-subject request."),
},
# ---------------------------------------------------------------------------------------------- 019
{
    "id": 19, "client": "gmail", "fmt": "alt", "cte": "quoted-printable",
    "frm": ("Vũ Thị Kim Oanh", "kimoanh.vu82@gmail.com"), "to": "support",
    "subject": "Fwd: Hỗ trợ pháp lý vụ tranh chấp hợp đồng vay của chị Oanh",
    "date": "2026-04-18 09:15:42",
    "body": """Gửi Công ty Thịnh Trí,

Dưới đây là email một văn phòng luật khác gửi cho tôi chiều qua. Họ nói được "bên Thịnh Trí chuyển hồ sơ sang", biết rõ số tiền tôi cho vay, tên người vay và cả việc tôi đang định khởi kiện. Tôi chỉ kể những chuyện này với luật sư của Thịnh Trí trong buổi tư vấn ngày 06/04, và tôi chưa hề đồng ý cho Công ty chuyển hồ sơ của tôi cho ai.

Đề nghị Công ty làm rõ vì sao thông tin vụ việc của tôi lại đến tay văn phòng này, và ai là người chịu trách nhiệm.

Vũ Thị Kim Oanh
0976 118 402""",
    "quote": {"style": "forward",
              "header": ["Từ: Văn phòng Luật sư Minh Quang <lienhe@vplsminhquang.vn>",
                         "Date: Th 6, 17 thg 4, 2026 vào lúc 17:42",
                         "Subject: Hỗ trợ pháp lý vụ tranh chấp hợp đồng vay của chị Oanh",
                         "To: <kimoanh.vu82@gmail.com>"],
              "text": """Chào chị Kim Oanh,

Văn phòng Luật sư Minh Quang được bên Thịnh Trí chuyển hồ sơ sang do bên đó đang quá tải. Về khoản 420 triệu đồng chị cho anh Thắng vay năm 2024, chúng tôi có thể nhận khởi kiện với mức phí ưu đãi 25 triệu đồng trọn gói.

Chị liên hệ luật sư Tôn Thất Khải, điện thoại 0918 264 093 để trao đổi chi tiết.

Trân trọng,
VPLS Minh Quang
Địa chỉ: 212 Nguyễn Trãi, Phường Bến Thành, TP.HCM"""},
    "label": L("complaint", "vi", "Vũ Thị Kim Oanh", "+84976118402", "kimoanh.vu82@gmail.com",
               note="Forwarded third-party email included as evidence; its phone 0918 264 093 and office address "
                    "are not the sender's."),
},
# ---------------------------------------------------------------------------------------------- 020
{
    "id": 20, "client": "iphone", "fmt": "plain", "cte": "quoted-printable",
    "frm": ("Long Dinh", "dinhvanlong.qn@gmail.com"), "to": "support",
    "subject": "sua ngay sinh trong ho so",
    "date": "2026-04-18 20:33:19",
    "body": """Chao anh chi,
Toi la Dinh Van Long, giam doc cong ty xay dung o Quang Ngai, dang lam ho so xin giay phep lao dong cho ky su nguoi Han Quoc ben toi qua cong ty minh.
Trong ban khai thong tin nguoi dai dien doanh nghiep anh chi gui qua hom qua, ngay sinh cua toi ghi la 12/08/1979, dung phai la 21/08/1979 nhu tren can cuoc. Nho anh chi sua lai trong he thong va trong ho so giup toi truoc khi nop.
Cam on.

Gửi từ iPhone của tôi""",
    "label": L("correction_request", "vi", "Dinh Van Long", None, "dinhvanlong.qn@gmail.com"),
},
# ---------------------------------------------------------------------------------------------- 021
{
    "id": 21, "client": "gmail", "fmt": "alt", "cte": "7bit",
    "frm": ("Ethan Cole", "ethan@rankrisedigital.com"), "to": "info",
    "subject": "Quick question about thinhtrigroup.com",
    "date": "2026-04-20 09:02:55",
    "body": """Hi Thinh Tri team,

I searched for "divorce lawyer Ho Chi Minh City" and "company registration Vietnam" on Google and noticed that thinhtrigroup.com does not appear on the first three pages for either search, while several smaller firms do.

We're RankRise Digital, a Saigon-based agency that helps law firms get more enquiries from search and Google Maps. Our clients typically see two to three times more contact-form leads within six months.

Would you be open to a free 20-minute audit call this week? You can book a slot at rankrisedigital.com/audit or simply reply to this email.

Best,
Ethan Cole
Growth Consultant | RankRise Digital
+84 886 402 193""",
    "label": L("unknown", "en", "Ethan Cole", "+84886402193", "ethan@rankrisedigital.com",
               note="Cold sales pitch to the firm."),
},
# ---------------------------------------------------------------------------------------------- 022
{
    "id": 22, "client": "gmail", "fmt": "alt", "cte": "base64",
    "frm": ("Nguyễn Ngọc Hân", "ngochan.nguyen.ct@gmail.com"), "to": "info",
    "subject": "Nhờ tư vấn cải chính năm sinh của mẹ trên giấy khai sinh của con",
    "date": "2026-04-20 10:37:06",
    "body": """Chào Công ty,

Tôi là Nguyễn Ngọc Hân. Giấy khai sinh của con trai tôi (cấp năm 2018) ghi năm sinh của tôi là 1990, trong khi căn cước của tôi ghi 1991. Bây giờ làm hồ sơ cho cháu vào lớp 1 và xin hộ chiếu thì bị yêu cầu điều chỉnh cho thống nhất.

Tôi muốn hỏi thủ tục cải chính hộ tịch trong trường hợp này làm ở đâu, cần giấy tờ gì, và Công ty có nhận làm thay không (tôi làm ca nên khó xin nghỉ).

Địa chỉ nhà tôi: 45/3 Hẻm 51 đường 3 Tháng 2, Phường Tân An, TP. Cần Thơ
Điện thoại: 0939 507 126

Cảm ơn Công ty.
Nguyễn Ngọc Hân""",
    "label": L("service_request", "vi", "Nguyễn Ngọc Hân", "+84939507126", "ngochan.nguyen.ct@gmail.com",
               "45/3 Hẻm 51 đường 3 Tháng 2, Phường Tân An, TP. Cần Thơ",
               note="Asks for help correcting a civil-status record (her son's birth certificate) at the registry; "
                    "a service request, not a correction of data the firm holds."),
},
# ---------------------------------------------------------------------------------------------- 023
{
    "id": 23, "client": "outlook", "fmt": "alt", "cte": "quoted-printable",
    "frm": ("Priya Raman", "priya.raman@meridian-hr.vn"), "to": "info",
    "subject": "Data access request",
    "date": "2026-04-20 13:49:37",
    "body": """Dear Sir or Madam,

Between October and December 2025 your firm represented the landlord, Tân Phú Gia Real Estate JSC, in negotiating the lease of our office in Ba Dinh. I was the tenant's representative in those negotiations and corresponded with your lawyers directly.

I understand that your firm may have kept my personal details in the course of that matter. Please confirm whether you process any personal data about me and, if so, provide a copy of that data, the purposes for which it is used and the parties it has been disclosed to.

I am not your client, so please let me know if you need any identification from me before responding.

Yours faithfully,
Priya Raman
Operations Director, Meridian HR Solutions
Tel: +84 24 3936 2271""",
    "label": L("access_request", "en", "Priya Raman", "+842439362271", "priya.raman@meridian-hr.vn",
               note="Sender is the counterparty in a matter, not a client; the request is still about her own data "
                    "held by the firm."),
},
# ---------------------------------------------------------------------------------------------- 024
{
    "id": 24, "client": "gmail", "fmt": "alt", "cte": "7bit",
    "frm": ("Manh Kieu", "kieuvanmanh.hd@gmail.com"), "to": "support",
    "subject": "Cong ty ghi sai dia chi tru so, toi bi phat",
    "date": "2026-04-20 16:20:48",
    "body": """Gui cong ty Thinh Tri,
Toi la Kieu Van Manh, giam doc Cong ty TNHH Manh Cuong Hai Duong. Thang 1/2026 ben anh chi lam ho so thay doi dia chi tru so cho cong ty toi, giay xac nhan ghi sai so nha: 216 thanh 261 duong Nguyen Luong Bang. Toi khong de y, den thang 3 thong bao cua co quan thue gui den dia chi sai, toi khong nhan duoc nen bi phat cham nop to khai 7 trieu.
Day la loi cua ben anh chi. Toi yeu cau cong ty:
1. Chiu tien phat va chi phi phat sinh;
2. Lam lai thu tuc dinh chinh mien phi;
3. Sua lai dia chi dung (so 216) trong ho so khach hang cua cong ty de sau nay khong gui nham nua.
Neu trong tuan nay khong co phan hoi thi toi se gui don len Doan luat su.
Kieu Van Manh
DT 0972 318 604""",
    "label": L("complaint", "vi", "Kieu Van Manh", "+84972318604", "kieuvanmanh.hd@gmail.com",
               note="Complaint about a filing error that caused a fine; it also asks to correct the address in the "
                    "firm's records, but the dominant intent is complaint. The address is the company's head "
                    "office, not the sender's own address."),
},
# ---------------------------------------------------------------------------------------------- 025
{
    "id": 25, "client": "outlook", "fmt": "plain", "cte": "quoted-printable", "henc": "Q",
    "frm": ("Châu Ngọc Thảo", "thao.chau@phuongnamtextile.vn"), "to": "info",
    "subject": "Automatic reply: Phản hồi yêu cầu cung cấp bản sao dữ liệu cá nhân",
    "date": "2026-04-20 11:05:13", "reply": True,
    "extra": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    "body": """Cảm ơn anh/chị đã liên hệ. Tôi đang đi công tác nước ngoài từ 18/04 đến 03/05/2026 và sẽ trả lời email khi quay lại. Việc gấp xin liên hệ anh Phùng Đức Trọng - trong.phung@phuongnamtextile.vn.

Thank you for your email. I am travelling on business from 18 April to 3 May 2026 with limited access to email. For urgent matters, please contact Mr. Phung Duc Trong at trong.phung@phuongnamtextile.vn.

Châu Ngọc Thảo
Phuong Nam Textile""",
    "label": L("unknown", "mixed", automated=True,
               note="Bilingual out-of-office reply to the firm's answer to an access request; the subject contains "
                    "privacy-request keywords."),
},
]
