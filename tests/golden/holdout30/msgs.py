# -*- coding: utf-8 -*-
"""Message data for the h30 holdout set, part 1 (h30_001 .. h30_025).

Each dict is rendered by make.py.  Keys:
  id, style, frm=(display name, address), to, subject, subj_prefix, subj_enc,
  date ('YYYY-MM-DD HH:MM:SS +ZZZZ'), body, layout (alt|plain|html|mixed),
  cte (qp|b64|7bit|8bit), quote / forward (reply or forward history),
  attach, headers, in_reply_to, nbsp, label.
"""

INFO = "info@thinhtrigroup.com"
SUPPORT = "support@thinhtrigroup.com"
FIRM_VI = "Thịnh Trí Group <info@thinhtrigroup.com>"


def L(category, language, name=None, phone=None, email=None, address=None, note=None, automated=False):
    return {"category": category, "automated": automated, "language": language,
            "contact": {"name": name, "phone": phone, "email": email, "address": address},
            "note": note}


def tiny_pdf(title):
    """A minimal one-page PDF, enough to look like a real attachment."""
    content = ("BT /F1 14 Tf 72 760 Td (%s) Tj ET" % title).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
            b"/Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


MSGS = [
# ---------------------------------------------------------------- 001
dict(
    id="001", style="gmail", frm=("Quách Thị Mỹ Duyên", "myduyen.quach92@gmail.com"), to=INFO,
    subject="Hỏi về thủ tục khai nhận di sản thừa kế nhà đất của ba",
    date="2026-04-02 20:14:09 +0700", layout="alt", cte="b64",
    body="""Chào Công ty,

Em tên Quách Thị Mỹ Duyên, hiện đang ở Bình Dương. Ba em mất tháng 11 năm ngoái, không để lại di chúc. Ba má em có một căn nhà cấp 4 đứng tên ba ở Tân Uyên, nay má em và ba chị em muốn làm giấy tờ để sang tên lại cho má.

Em có mấy câu muốn hỏi:
1. Trường hợp nhà em thì làm văn bản thỏa thuận phân chia di sản hay văn bản khai nhận di sản mới đúng ạ?
2. Chị hai em đang sống bên Úc, chị có bắt buộc phải về Việt Nam ký không, hay làm ủy quyền được?
3. Sang tên từ con sang má thì có được miễn thuế thu nhập cá nhân và lệ phí trước bạ không?

Nếu bên mình nhận làm trọn gói thì báo giúp em chi phí với thời gian luôn nha. Anh chị nhắn Zalo hoặc gọi em số 0868 214 579, sau 5 giờ chiều em nghe máy được.

Em cảm ơn nhiều.
Mỹ Duyên
""",
    label=L("service_request", "vi", name="Quách Thị Mỹ Duyên", phone="+84868214579",
            email="myduyen.quach92@gmail.com",
            note="Tân Uyên is the location of the inherited house, not an address the sender gives as hers."),
),
# ---------------------------------------------------------------- 002
dict(
    id="002", style="outlook_web", frm=("Phùng Thị Hoài Thương", "hoaithuong.phung@outlook.com"), to=SUPPORT,
    subject="Phản ánh việc gửi nhầm nội dung tư vấn ly hôn cho chồng tôi", subj_enc="Q",
    date="2026-04-09 07:52:31 +0700", layout="alt", cte="qp",
    body="""Kính gửi Thịnh Trí,

Tôi là Phùng Thị Hoài Thương, đang được luật sư của Công ty tư vấn về việc ly hôn và giành quyền nuôi con.

Sáng nay chồng tôi đưa cho tôi xem bản tóm tắt buổi tư vấn ngày 07/04, trong đó có cả kế hoạch chứng minh thu nhập và danh sách tài sản riêng mà tôi định yêu cầu chia. Anh ấy nhận được bản này qua email từ địa chỉ của Công ty. Tôi đoán nhân viên đã lấy địa chỉ email chung của gia đình mà tôi từng dùng khi nhờ Công ty làm thủ tục sang tên xe năm 2023, dù ở phiếu thông tin lần này tôi đã ghi rõ chỉ liên hệ qua email cá nhân.

Việc này ảnh hưởng trực tiếp đến vụ việc và đến sự an toàn của mẹ con tôi. Tôi yêu cầu Công ty:
- Giải thích bằng văn bản vì sao tài liệu bị gửi sai địa chỉ;
- Cho biết còn tài liệu nào khác đã từng gửi tới địa chỉ đó;
- Cam kết từ nay chỉ liên lạc qua email này và số điện thoại 0976 318 540.

Tôi chờ phản hồi của Công ty trong tuần này.

Phùng Thị Hoài Thương
""",
    label=L("complaint", "vi", name="Phùng Thị Hoài Thương", phone="+84976318540",
            email="hoaithuong.phung@outlook.com",
            note="Complaint about a misdirected consultation summary; the demand to list what else was sent "
                 "is part of the complaint, not a separate access request."),
),
# ---------------------------------------------------------------- 003
dict(
    id="003", style="ooo", frm=("Lại Thanh Tùng", "tung.lai@minhphatsteel.com.vn"), to=SUPPORT,
    subject="Xác nhận đã xóa dữ liệu cá nhân theo yêu cầu", subj_prefix="Re: ", subj_enc="B",
    date="2026-04-07 10:03:12 +0700", layout="plain", cte="qp", in_reply_to=True,
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    body="""Chào anh/chị,

Tôi đang đi công tác nước ngoài từ 06/04 đến hết 17/04/2026 và sẽ hạn chế kiểm tra email. Việc cần xử lý gấp xin liên hệ chị Vũ Thị Hạnh - Phòng Pháp chế, điện thoại (024) 3771 5620, email hanh.vu@minhphatsteel.com.vn.

Trân trọng,
Lại Thanh Tùng
Công ty CP Thép Minh Phát
""",
    label=L("unknown", "vi", automated=True,
            note="Out-of-office auto-reply (Auto-Submitted header) to the firm's deletion confirmation; the "
                 "subject carries privacy keywords and the colleague's phone/email are not a contact."),
),
# ---------------------------------------------------------------- 004
dict(
    id="004", style="gmail", frm=("Kiều Oanh Âu", "kieuoanh.au@gmail.com"), to=SUPPORT,
    subject="Nhờ xem lại ngày sinh trong hồ sơ", subj_enc="Q",
    date="2026-04-10 11:26:47 +0700", layout="alt", cte="qp",
    body="""Dạ chào anh chị bộ phận hỗ trợ,

Em là Âu Thị Kiều Oanh, đang nhờ bên mình làm hồ sơ xin thẻ tạm trú diện thân nhân cho chồng em (anh Kenji Watanabe).

Hôm qua em nhận bản nháp tờ khai bên mình gửi, thấy phần thông tin người bảo lãnh ghi ngày sinh của em là 12/05/1988. Em đối chiếu lại CCCD thì ngày sinh đúng là 21/05/1988, chắc lúc nhập bị đảo số. Phiền anh chị xem lại giúp em trong hồ sơ lưu trên hệ thống và cả bản nháp luôn, để không bị sai dây chuyền sang mấy giấy tờ sau ạ.

Nếu cần em gửi lại ảnh CCCD thì anh chị nhắn em qua số 0388 726 410 nha.

Em cảm ơn,
Kiều Oanh
""",
    label=L("correction_request", "vi", name="Âu Thị Kiều Oanh", phone="+84388726410",
            email="kieuoanh.au@gmail.com",
            note="Indirect correction ('phiền anh chị xem lại giúp') of a wrong date of birth; the husband's "
                 "name Kenji Watanabe also appears."),
),
# ---------------------------------------------------------------- 005
dict(
    id="005", style="outlook", frm=("Park Ji-hoon", "jihoon.park@daesungpack.co.kr"), to=INFO,
    subject="Setting up a packaging subsidiary in Vietnam - fee proposal request",
    date="2026-04-03 10:41:55 +0900", layout="alt", cte="7bit",
    body="""Dear Sir or Madam,

I am the Overseas Business Manager of Daesung Packaging Co., Ltd. (Incheon, Korea). We plan to set up a 100% Korean-owned manufacturing company in an industrial park in Bac Ninh later this year, with an initial investment of around USD 3 million.

We are looking for a law firm that can handle:
1. the Investment Registration Certificate and the Enterprise Registration Certificate;
2. a review of the factory land sub-lease contract offered by the industrial park;
3. work permits for two Korean managers.

Could you please send us your fee proposal and an estimated timeline? I will be in Hanoi from 20 to 24 April and would be glad to meet in person. My Vietnamese mobile number is 0938 620 417; otherwise email is the best way to reach me.

Kind regards,
Park Ji-hoon
Overseas Business Manager
Daesung Packaging Co., Ltd.
""",
    label=L("service_request", "en", name="Park Ji-hoon", phone="+84938620417",
            email="jihoon.park@daesungpack.co.kr"),
),
# ---------------------------------------------------------------- 006
dict(
    id="006", style="gmail", frm=("Sophie Laurent", "sophie.laurent.sgn@gmail.com"), to=INFO,
    subject="Unsolicited calls after my consultation - how did they get my number?",
    date="2026-04-08 21:05:18 +0700", layout="alt", cte="7bit",
    body="""Hello,

On 30 March I had a paid consultation at your District 3 office about renewing my work permit. On the intake form I wrote my mobile number, 0902 716 443, and ticked the box saying I did NOT want to receive marketing.

Within a week I had calls from a relocation company, two real estate agents and a "visa service" that knew I was French and that my permit expires in June. I have not given that information to anyone else.

I would like a proper explanation: who at your firm has access to intake forms, whether my details were passed to any partner company, and what you are going to do to stop this. If I don't get a clear answer, I will take this further with the authorities. And frankly, you should also take me off any list you share with others.

Sophie Laurent
""",
    label=L("complaint", "en", name="Sophie Laurent", phone="+84902716443", email="sophie.laurent.sgn@gmail.com",
            note="Complaint about a suspected leak; the closing request to be removed from shared lists is "
                 "secondary - dominant intent complaint, not deletion."),
),
# ---------------------------------------------------------------- 007
dict(
    id="007", style="gmail", frm=("Bạch Ngọc Khánh Linh", "khanhlinh.bach.law@gmail.com"), to=INFO,
    subject="Ứng tuyển vị trí Chuyên viên pháp chế - mảng bảo vệ dữ liệu cá nhân",
    date="2026-04-11 22:37:04 +0700", layout="mixed", cte="qp",
    attach=[("CV_BachNgocKhanhLinh.pdf", "application", "pdf", tiny_pdf("CV - Bach Ngoc Khanh Linh"))],
    body="""Kính gửi Phòng Nhân sự Công ty Hệ Thống Luật TNHH Thịnh Trí,

Tôi là Bạch Ngọc Khánh Linh, tốt nghiệp Đại học Luật TP.HCM năm 2022, hiện là chuyên viên pháp chế tại một công ty thương mại điện tử. Hai năm qua tôi trực tiếp xây dựng quy trình tiếp nhận yêu cầu truy cập, chỉnh sửa và xóa dữ liệu của khách hàng, đồng thời lập hồ sơ đánh giá tác động xử lý dữ liệu cá nhân cho công ty.

Được biết Quý Công ty đang tuyển chuyên viên pháp chế phụ trách mảng bảo vệ dữ liệu cá nhân, tôi gửi kèm theo thư này bản CV và rất mong được Quý Công ty cân nhắc. Nếu được nhận, tôi có thể bắt đầu công việc sau 30 ngày.

Trân trọng,
Bạch Ngọc Khánh Linh
ĐT: 0901 294 367
""",
    label=L("unknown", "vi", name="Bạch Ngọc Khánh Linh", phone="+84901294367",
            email="khanhlinh.bach.law@gmail.com",
            note="Job application; the data-request vocabulary (truy cập, chỉnh sửa, xóa dữ liệu) describes "
                 "her work experience, not a request to the firm."),
),
# ---------------------------------------------------------------- 008
dict(
    id="008", style="thunderbird", frm=("Thomas Becker", "t.becker@posteo.de"), to=SUPPORT,
    subject="Small update to my file",
    date="2026-04-06 18:22:40 +0700", layout="plain", cte="8bit", flowed=True,
    body="""Dear Thinh Tri team,

A quick note for your records. Since the beginning of April my family and I no longer live at 45 Thảo Điền Street, which is probably still the address on the engagement letter for my labour-law matter. Our new home is:

Villa 12, Đường số 9, Khu đô thị Sala, Phường An Khánh, TP.HCM

I would be grateful if any letters or courier deliveries went there from now on. My phone (0903 618 274) and this email address stay as they are.

With best regards,
Thomas Becker
""",
    label=L("correction_request", "en", name="Thomas Becker", phone="+84903618274", email="t.becker@posteo.de",
            address="Villa 12, Đường số 9, Khu đô thị Sala, Phường An Khánh, TP.HCM",
            note="Indirect wording ('a quick note for your records'); the old address 45 Thảo Điền Street also "
                 "appears - contact address is the new one."),
),
# ---------------------------------------------------------------- 009
dict(
    id="009", style="iphone", frm=("Ninh Thi Thuy", "ninhthuy.1996@gmail.com"), to=INFO,
    subject="hoi ve tien coc thue nha",
    date="2026-04-12 13:48:22 +0700", layout="plain", cte="qp",
    body="""Chao luat su,
Em ten Ninh Thi Thuy, thue phong tro o Go Vap tu thang 3/2025, hop dong 1 nam, dat coc 2 thang tien nha la 7 trieu. Het hop dong em bao truoc 30 ngay dung nhu hop dong nhung chu nha khong tra coc, noi la phai tru tien son lai tuong va thay o khoa.
Trong hop dong khong co ghi gi ve viec tru tien son. Vay em co doi lai duoc khong, neu chu nha van khong tra thi em nen lam don gui dau?
Anh chi goi em so 0783 416 295 hoac tra loi mail nay cung duoc a.
Em cam on.

Gửi từ iPhone của tôi
""",
    label=L("service_request", "vi", name="Ninh Thi Thuy", phone="+84783416295", email="ninhthuy.1996@gmail.com",
            note="Text without diacritics; only the automatic iPhone sign-off has diacritics."),
),
# ---------------------------------------------------------------- 010
dict(
    id="010", style="gmail", frm=("Bao Lam", "lamquocbao.kt@gmail.com"), to=SUPPORT,
    subject="Cong ty dang hop dong cua toi len Facebook ma khong hoi y kien",
    date="2026-04-14 08:09:51 +0700", layout="alt", cte="7bit",
    body="""Chao cong ty,
Toi la Lam Quoc Bao. Thang 2 vua roi cong ty giup toi doi tien hang tu mot doi tac o Binh Duong, vu viec da xong.
Hom qua ban toi gui cho toi bai dang tren fanpage cua cong ty gioi thieu "vu viec thanh cong", co kem anh chup trang dau hop dong. Anh chi co che ten doi tac, nhung ten toi, ten cua hang va so dien thoai cua toi thi van doc ro.
Toi chua bao gio dong y cho cong ty dung ho so cua toi de quang cao. Yeu cau cong ty go bai ngay trong hom nay va giai thich ai da duyet dang bai nay.
Lam Quoc Bao
0345 812 967
""",
    label=L("complaint", "vi", name="Lam Quoc Bao", phone="+84345812967", email="lamquocbao.kt@gmail.com",
            note="Complaint about publishing his contract without consent; 'gỡ bài' (take the post down) is "
                 "the remedy demanded, not a deletion request for his records."),
),
# ---------------------------------------------------------------- 011
dict(
    id="011", style="gmail", frm=("Nhung Vi", "hongnhung.vi85@gmail.com"), to=INFO,
    subject="Về hồ sơ tư vấn năm ngoái",
    date="2026-04-15 23:41:06 +0700", layout="alt", cte="b64",
    body="""Kính gửi Công ty,

Tôi là Vi Thị Hồng Nhung. Khoảng tháng 9 năm ngoái tôi có đến văn phòng Công ty hỏi về thủ tục ly hôn đơn phương và có để lại một số giấy tờ, ảnh chụp vết thương và giấy khám của bệnh viện.

Hiện tôi đã thay đổi kế hoạch và không theo vụ việc nữa. Vì lý do an toàn, tôi mong Công ty đừng giữ lại bất cứ thứ gì liên quan đến tôi: phiếu đăng ký, giấy tờ, ảnh, ghi chú của luật sư.

Hộp thư này chồng tôi biết mật khẩu, nên khi đã xử lý xong xin Công ty chỉ báo lại cho tôi qua địa chỉ riêng: nhungvi.ht2026@proton.me. Xin đừng gọi vào số điện thoại cũ tôi đã khai.

Cảm ơn Công ty đã hiểu cho.
H. Nhung
""",
    label=L("deletion_request", "vi", name="Vi Thị Hồng Nhung", email="nhungvi.ht2026@proton.me",
            note="Deletion request without the word 'xóa' ('đừng giữ lại bất cứ thứ gì'); the private address in "
                 "the body wins over From; she gives no phone and asks not to be called."),
),
# ---------------------------------------------------------------- 012
dict(
    id="012", style="gmail", frm=("Truong Nguyen", "nvtruong.haiphong@gmail.com"), to=SUPPORT,
    subject="sai ten trong du thao hop dong",
    date="2026-04-16 16:30:27 +0700", layout="plain", cte="7bit",
    body="""Chao anh chi,
Toi la Nguyen Van Truong (chu TRUONG co chu R), dang nho cong ty soan hop dong gop von mo xuong co khi voi ban toi.
Ban du thao gui hom thu Tu ghi ten toi la "Nguyen Van Tuong" o trang 1 va trang 5, ca phan ky ten cung sai. So CCCD thi dung. Phien anh chi chinh lai ten cho dung trong ho so luu va trong ban du thao, xong gui lai ban moi cho toi.
Neu can goi thi so toi la 0822 514 309.
Cam on.
""",
    label=L("correction_request", "vi", name="Nguyen Van Truong", phone="+84822514309",
            email="nvtruong.haiphong@gmail.com",
            note="Misspelled variant 'Nguyen Van Tuong' also appears."),
),
# ---------------------------------------------------------------- 013
dict(
    id="013", style="gmail", frm=("Nam Lưu", "nam.luu@fitbuddy.app"), to=INFO,
    subject="Cần tư vấn privacy policy & DPA cho app - theo Nghị định 13", subj_enc="Q",
    date="2026-04-17 09:55:13 +0700", layout="alt", cte="qp",
    body="""Hi anh chị Thịnh Trí,

Mình là Lưu Hoàng Nam, founder của FitBuddy - app đặt lịch PT và theo dõi chỉ số sức khỏe, hiện có khoảng 40k users ở HCM và Hà Nội. Tụi mình sắp gọi vốn vòng seed nên investor yêu cầu làm lại toàn bộ phần data protection.

Scope tụi mình cần:
- Review và viết lại Privacy Policy + Terms of Use (bản tiếng Việt và English);
- Hồ sơ đánh giá tác động xử lý dữ liệu cá nhân (vì app có dữ liệu sức khỏe, thuộc nhóm dữ liệu nhạy cảm);
- Template DPA để ký với các vendor (cloud, payment gateway);
- Quy trình nội bộ để xử lý khi user yêu cầu xem, sửa hoặc xóa data của họ.

Anh chị gửi giúp mình proposal (fee + timeline) nhé. Có gì gọi mình 0357 902 184.

Thanks,
Nam
Lưu Hoàng Nam | Founder & CEO, FitBuddy
""",
    label=L("service_request", "mixed", name="Lưu Hoàng Nam", phone="+84357902184", email="nam.luu@fitbuddy.app",
            note="Data-protection vocabulary (xem, sửa, xóa data) concerns the sender's own company's compliance "
                 "project: a service request, not a data-subject request."),
),
# ---------------------------------------------------------------- 014
dict(
    id="014", style="gmail", frm=("Mạc Thị Hải Yến", "haiyen.mac@gmail.com"), to=("Thịnh Trí Group", INFO),
    subject="Thư mời tham dự buổi tư vấn miễn phí về thuế hộ kinh doanh", subj_prefix="Re: ",
    date="2026-04-13 11:17:36 +0700", layout="alt", cte="qp", in_reply_to=True,
    body="""Chào Công ty,

Tôi nhận được thư mời này, nhưng điều tôi muốn nói là: email của Công ty để toàn bộ địa chỉ người nhận ở ô "To", không dùng BCC. Tôi đếm được hơn 60 địa chỉ, trong đó có địa chỉ của tôi, và nhiều địa chỉ còn hiện cả họ tên lẫn tên cửa hàng. Mới buổi sáng đã có 2 người trong danh sách bấm "Reply all" để quảng cáo hàng cho cả nhóm.

Tôi là khách hàng cá nhân, không đồng ý để địa chỉ email của mình bị công khai cho người lạ như vậy. Đề nghị Công ty rút kinh nghiệm, gửi thư xin lỗi đến những người nhận và cho tôi biết Công ty sẽ làm gì để việc này không lặp lại.

Mạc Thị Hải Yến
SĐT 0707 249 138
""",
    quote=dict(kind="gmail_vi", who=FIRM_VI, when="2026-04-13 08:30", text="""Kính gửi Quý hộ kinh doanh,

Từ năm 2026, hộ kinh doanh chuyển sang phương pháp tự kê khai thuế. Công ty Hệ Thống Luật TNHH Thịnh Trí tổ chức buổi tư vấn miễn phí vào 9h00 thứ Bảy 18/04/2026 tại văn phòng 57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM.

Đăng ký tham dự: trả lời email này hoặc gọi 1800 63 65.

Trân trọng,
Thịnh Trí Group"""),
    label=L("complaint", "vi", name="Mạc Thị Hải Yến", phone="+84707249138", email="haiyen.mac@gmail.com",
            note="Reply to a firm mass mailing; complaint that recipients' addresses were exposed (no BCC). "
                 "Quoted firm text holds the firm's address and hotline."),
),
# ---------------------------------------------------------------- 015
dict(
    id="015", style="bounce", frm=("Mail Delivery System", "MAILER-DAEMON@mail.thinhtrigroup.com"),
    from_comment=True, to=SUPPORT, subject="Undelivered Mail Returned to Sender",
    date="2026-04-20 15:02:48 +0700",
    headers=[("Auto-Submitted", "auto-replied")],
    message_id="<20260420150248.3B7F20A1C4@mail.thinhtrigroup.com>",
    body="",
    bounce=dict(
        notice="""This is the mail system at host mail.thinhtrigroup.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<kimngan.dao@gmial.com>: Host or domain name not found. Name service error
    for name=gmial.com type=MX: Host not found
""",
        status_blocks=[
            [("Reporting-MTA", "dns; mail.thinhtrigroup.com"), ("X-Postfix-Queue-ID", "3B7F20A1C4"),
             ("X-Postfix-Sender", "rfc822; support@thinhtrigroup.com"),
             ("Arrival-Date", "Mon, 20 Apr 2026 15:02:45 +0700 (+07)")],
            [("Final-Recipient", "rfc822; kimngan.dao@gmial.com"),
             ("Original-Recipient", "rfc822;kimngan.dao@gmial.com"), ("Action", "failed"),
             ("Status", "5.4.4"),
             ("Diagnostic-Code", "X-Postfix; Host or domain name not found. Name service error for "
                                 "name=gmial.com type=MX: Host not found")],
        ],
        original=dict(
            style="thunderbird", frm=("Thịnh Trí Group", SUPPORT), to="kimngan.dao@gmial.com",
            subject="Yêu cầu cung cấp bản sao dữ liệu cá nhân", subj_prefix="Re: ", subj_enc="Q",
            date="2026-04-20 15:02:44 +0700", layout="plain", cte="qp",
            message_id="<6d1f0c2a-4b7e-9a31-e5c8-2f90b1d7a463@thinhtrigroup.com>",
            body="""Kính gửi chị Đào Kim Ngân,

Công ty đã nhận được yêu cầu cung cấp bản sao dữ liệu cá nhân của chị. Để xác minh danh tính, đề nghị chị gửi ảnh chụp CCCD hoặc gọi hotline 1800 63 65.

Trân trọng,
Bộ phận Chăm sóc khách hàng
Công ty Hệ Thống Luật TNHH Thịnh Trí
"""),
    ),
    label=L("unknown", "en", automated=True,
            note="Postfix bounce of the firm's own reply; the embedded original mentions an access request and a "
                 "customer's name, but there is no customer text."),
),
# ---------------------------------------------------------------- 016
dict(
    id="016", style="thunderbird", frm=("Oliver Grant", "oliver.grant@btinternet.com"), to=INFO,
    subject="Tidying up after the property sale",
    date="2026-04-18 09:12:05 +0100", layout="plain", cte="8bit", flowed=True,
    body="""Dear Thinh Tri Legal,

Last autumn your firm helped me with the sale of my late mother's flat in Da Nang, and everything has now been settled – thank you again for your help.

As I no longer have any ties to Vietnam, I'd appreciate it if you could make sure I'm no longer in your systems: my passport copy, the power of attorney, the bank details for the transfer and my contact details. If there is anything you must keep for tax or legal reasons, please just let me know what it is and for how long.

A short confirmation by email once this is done would be much appreciated.

Kind regards,
Oliver Grant
Flat 3, 27 Marlowe Road, Bristol BS6 7QP, United Kingdom
""",
    label=L("deletion_request", "en", name="Oliver Grant", email="oliver.grant@btinternet.com",
            address="Flat 3, 27 Marlowe Road, Bristol BS6 7QP, United Kingdom",
            note="Polite, indirect erasure request ('make sure I'm no longer in your systems') with no 'delete'."),
),
# ---------------------------------------------------------------- 017
dict(
    id="017", style="gmail", frm=("Kha Thị Ngọc Hân", "ngochan.kha@gmail.com"), to=("Thịnh Trí Group", INFO),
    subject="Báo phí dịch vụ tư vấn và soạn hồ sơ ly hôn thuận tình", subj_prefix="Re: ",
    date="2026-04-19 21:33:58 +0700", layout="alt", cte="qp", in_reply_to=True,
    body="""Chào anh Phong,

Cảm ơn anh đã gửi báo phí. Tôi đồng ý với gói tư vấn và soạn hồ sơ ly hôn thuận tình như anh đề xuất, chồng tôi cũng đã đồng ý ký đơn.

Tôi muốn hẹn gặp luật sư vào chiều thứ Năm 23/04 hoặc sáng thứ Bảy 25/04 tại văn phòng Quận 3. Vì chuyện gia đình còn nhạy cảm, mong anh giữ kín thông tin và đừng gọi vào giờ hành chính vì tôi đang ở cơ quan. Anh nhắn tin trước vào số 0909 571 362 là được.

Kha Thị Ngọc Hân
""",
    quote=dict(kind="gmail_vi", who=FIRM_VI, when="2026-04-17 14:05", text="""Kính gửi chị Ngọc Hân,

Theo trao đổi qua điện thoại, Công ty gửi chị báo phí dịch vụ tư vấn và soạn hồ sơ ly hôn thuận tình: 4.500.000 đồng (chưa gồm án phí).

Nếu chị đồng ý, vui lòng phản hồi email này để Công ty sắp xếp lịch hẹn. Mọi thắc mắc xin gọi hotline 1800 63 65.

Trân trọng,
Lâm Gia Phong
Công ty Hệ Thống Luật TNHH Thịnh Trí
57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM"""),
    label=L("service_request", "vi", name="Kha Thị Ngọc Hân", phone="+84909571362", email="ngochan.kha@gmail.com",
            note="Reply accepting a quote and booking a meeting; 'giữ kín thông tin' asks for discretion within "
                 "the service, not a privacy request. Quoted firm text has the firm's hotline/address."),
),
# ---------------------------------------------------------------- 018
dict(
    id="018", style="gmail", frm=("Vicky Dang", "vicky.dangngocvy@gmail.com"), to=SUPPORT,
    subject="Complaint - phí dịch vụ bị tính sai & hồ sơ trễ deadline", subj_enc="Q",
    date="2026-04-15 12:20:44 +0700", layout="alt", cte="qp",
    body="""Hi team,

Em là Đặng Ngọc Vy (Vicky), đang dùng dịch vụ đăng ký hộ kinh doanh cho online shop bên mình từ đầu tháng 3.

Honestly em khá thất vọng:
- Báo giá ban đầu là 2.5tr trọn gói, nhưng invoice tuần rồi lại là 3.8tr, thêm "phí phát sinh" mà không ai báo trước;
- Deadline nộp hồ sơ là 25/03 nhưng tới giờ (giữa tháng 4) vẫn chưa có kết quả, em follow up 3 lần qua email đều không ai reply.

Em cần một lời giải thích rõ ràng về khoản phí thêm. Nếu trong tuần này bên mình không xử lý được thì em sẽ hủy hợp đồng và yêu cầu hoàn phí.

Thanks,
Vicky - 0938 155 720
""",
    label=L("complaint", "mixed", name="Đặng Ngọc Vy", phone="+84938155720", email="vicky.dangngocvy@gmail.com",
            note="'Hủy hợp đồng' means cancelling the contract, not deleting data."),
),
# ---------------------------------------------------------------- 019
dict(
    id="019", style="outlook", frm=("Raymond Chua", "raymond.chua@privasafe-tech.com"), to=INFO,
    subject="Helping Vietnamese law firms comply with the new PDP Law - 15-minute demo?",
    date="2026-04-21 08:45:30 +0800", layout="alt", cte="qp",
    body="""Dear Managing Partner,

With the Personal Data Protection Law in force since 1 January 2026, many firms are struggling to handle data subject requests – access, correction, erasure – within the statutory deadlines.

PrivaSafe is a compliance platform used by more than 80 professional services firms in Singapore, Malaysia and Vietnam. It automatically classifies incoming requests, tracks deadlines and generates the required processing records.

I would welcome the opportunity to show you a 15-minute demo. You can book a slot through my calendar link or reach me at +84 899 047 316.

Best regards,
Raymond Chua
Regional Sales Director, PrivaSafe Technologies
""",
    label=L("unknown", "en", name="Raymond Chua", phone="+84899047316", email="raymond.chua@privasafe-tech.com",
            note="Vendor sales pitch to the firm, full of data-request vocabulary; not a customer request."),
),
# ---------------------------------------------------------------- 020
dict(
    id="020", style="outlook", frm=("Dương Mỹ Linh", "linh.duongmy@sunrisepharma.com.vn"), to=SUPPORT,
    subject="Update email liên hệ - Dương Mỹ Linh", subj_enc="Q",
    date="2026-04-22 17:58:12 +0700", layout="alt", cte="qp",
    body="""Dear anh chị,

Linh đang là khách hàng của bên mình (hồ sơ tranh chấp hợp đồng đặt cọc mua đất ở Long An, LS phụ trách là chị Trâm).

Cuối tháng này Linh nghỉ việc ở Sunrise Pharma nên hộp mail công ty sẽ bị khóa. Nhờ team update giúp email liên hệ trong hồ sơ sang linda.duongmy@gmail.com và gửi mọi thông báo, invoice về địa chỉ mới này nhé. Số điện thoại vẫn là 0933 740 186.

Thanks and best regards,
Linda Duong (Dương Mỹ Linh)
Senior Brand Manager | Sunrise Pharma
""",
    label=L("correction_request", "mixed", name="Dương Mỹ Linh", phone="+84933740186",
            email="linda.duongmy@gmail.com",
            note="New contact email in the body differs from the (work) From address."),
),
# ---------------------------------------------------------------- 021
dict(
    id="021", style="gmail", frm=("Daniel Whitaker", "dan.whitaker.vn@gmail.com"), to=INFO,
    subject="Buying an apartment as a foreigner - a few questions",
    date="2026-04-23 19:40:02 +0700", layout="alt", cte="qp",
    body="""Hi,

My wife (Vietnamese) and I are thinking of buying a condo in Thu Duc. I'm Australian and hold a 2-year temporary residence card.

A few questions before we go further:
- Can the pink book be in my name, or would it be safer to put it in my wife's name only?
- If it's in her name, what happens to my share if we ever split up?
- Could you review the developer's sale and purchase contract for us, and what would that cost?

The best way to reach me is my mobile, 0896 133 508. If I'm at work and don't pick up, you can also try my wife Hằng on 0977 245 061 - she's happy to set up a meeting.

Thanks,
Daniel Whitaker
""",
    label=L("service_request", "en", name="Daniel Whitaker", phone="+84896133508", email="dan.whitaker.vn@gmail.com",
            note="The wife's number 0977 245 061 is only a fallback; the sender's own mobile is the contact."),
),
# ---------------------------------------------------------------- 022
dict(
    id="022", style="yahoo", frm=("Kiều Thị Phương Thảo", "phuongthao_kieu@yahoo.com"), to=SUPPORT,
    subject="Nhân viên gọi đến cơ quan tôi và nói về vụ việc của tôi", subj_enc="Q",
    date="2026-04-17 08:14:27 +0700", layout="alt", cte="qp",
    body="""Kính gửi Công ty Thịnh Trí,

Tôi là Kiều Thị Phương Thảo, khách hàng đang được Công ty hỗ trợ vụ kiện đòi nợ cá nhân.

Chiều 16/04, nhân viên của Công ty gọi vào số điện thoại bàn của phòng kế toán nơi tôi làm việc. Tôi đi vắng, đồng nghiệp nghe máy, và nhân viên đã nói rõ là gọi để "nhắc chị Thảo bổ sung chứng từ cho vụ kiện đòi nợ". Sáng nay cả phòng đều biết chuyện.

Tôi chưa bao giờ cho số bàn đó để liên lạc, không hiểu sao nó lại nằm trong hồ sơ. Tôi rất bức xúc và yêu cầu:
1. Công ty giải thích và xin lỗi bằng văn bản;
2. Bỏ số bàn cơ quan ra khỏi hồ sơ, từ nay chỉ liên lạc qua di động 0919 027 684;
3. Nhắc nhở nhân viên không được tiết lộ nội dung vụ việc cho người khác.

Kiều Thị Phương Thảo
""",
    label=L("complaint", "vi", name="Kiều Thị Phương Thảo", phone="+84919027684", email="phuongthao_kieu@yahoo.com",
            note="Complaint about disclosure to a colleague that also asks to fix the contact number on file; "
                 "dominant intent complaint."),
),
# ---------------------------------------------------------------- 023
dict(
    id="023", style="gmail", frm=("Tôn Nữ Diệu Hiền", "dieuhien.tonnu@gmail.com"), to=INFO,
    subject="Xin được biết Công ty đang lưu thông tin gì của tôi",
    date="2026-04-24 10:05:39 +0700", layout="alt", cte="b64",
    body="""Kính gửi Công ty,

Tôi là Tôn Nữ Diệu Hiền. Năm 2024 tôi có nhờ Công ty làm thủ tục đăng ký biến động đất đai cho căn nhà của gia đình ở Huế.

Đây không phải thư khiếu nại. Gần đây tôi sắp xếp lại giấy tờ trong nhà và muốn biết rõ: hiện Công ty còn lưu những thông tin, giấy tờ nào của tôi (bản sao sổ đỏ, CCCD, hợp đồng, ghi chú làm việc...), và những thông tin đó đã từng được gửi cho bên nào ngoài Công ty (văn phòng công chứng, cơ quan đăng ký đất đai...). Nếu được, xin gửi cho tôi danh sách kèm bản sao điện tử.

Địa chỉ nhận thư giấy nếu cần: số 9 kiệt 45 Nguyễn Trường Tộ, Phường Thuận Hóa, TP. Huế.
Điện thoại: 0914 207 385

Trân trọng,
Tôn Nữ Diệu Hiền
""",
    label=L("access_request", "vi", name="Tôn Nữ Diệu Hiền", phone="+84914207385", email="dieuhien.tonnu@gmail.com",
            address="số 9 kiệt 45 Nguyễn Trường Tộ, Phường Thuận Hóa, TP. Huế",
            note="'Đây không phải thư khiếu nại' - not a complaint; asks what data is held and who it was shared "
                 "with."),
),
# ---------------------------------------------------------------- 024
dict(
    id="024", style="gmail", frm=("Mai Khuc", "khucthituyetmai@gmail.com"), to=INFO,
    subject="dung nhan tin zalo nua",
    date="2026-04-25 07:21:16 +0700", layout="alt", cte="7bit",
    body="""chao cong ty,
minh co hoi gia dich vu lam giay phep kinh doanh hoi thang 1 nhung khong lam. tu do toi gio tuan nao cung co tin nhan zalo va cuoc goi tu cong ty moi dich vu.
minh khong co nhu cau. cong ty bo so 0372 190 846 ra khoi danh sach va huy luon thong tin minh da de lai (ten, so dt, email), dung luu lai nhe.
Khuc Thi Tuyet Mai
""",
    label=L("deletion_request", "vi", name="Khuc Thi Tuyet Mai", phone="+84372190846",
            email="khucthituyetmai@gmail.com",
            note="'Hủy luôn thông tin... đừng lưu lại' = delete her data (contrast 'hủy dịch vụ')."),
),
# ---------------------------------------------------------------- 025
dict(
    id="025", style="oe1258", pc="KHIEM-PC", frm=("Tạ Văn Khiêm", "tavankhiem55@yahoo.com.vn"), to=INFO,
    subject="Hỏi thủ tục tặng cho đất cho con gái",
    date="2026-04-20 08:36:50 +0700",
    body="""Kính gửi Công ty Thịnh Trí,

Tôi tên là Tạ Văn Khiêm, năm nay 71 tuổi. Vợ chồng tôi có một lô đất vườn khoảng 800m2 đã có sổ đỏ, đứng tên hai vợ chồng. Nay chúng tôi muốn tặng cho một phần khoảng 200m2 cho con gái út để cháu cất nhà.

Xin Công ty cho biết:
- Có phải tách thửa trước rồi mới làm hợp đồng tặng cho hay không;
- Cha mẹ tặng cho con thì có phải nộp thuế thu nhập cá nhân và lệ phí trước bạ không;
- Công ty có cử người về tận nhà làm giúp được không, vì tôi đi lại khó khăn.

Nhà tôi ở số 17 đường Phan Chu Trinh, Phường Trấn Biên, tỉnh Đồng Nai. Điện thoại nhà: (0251) 3846 729.

Kính thư,
Tạ Văn Khiêm
""",
    label=L("service_request", "vi", name="Tạ Văn Khiêm", phone="+842513846729", email="tavankhiem55@yahoo.com.vn",
            address="số 17 đường Phan Chu Trinh, Phường Trấn Biên, tỉnh Đồng Nai",
            note="Body and headers are windows-1258 with combining tone marks; values are labelled in NFC."),
),
]
