# -*- coding: utf-8 -*-
"""Message data for holdout21. Each entry: style, sender, headers, body and the label."""
import base64

INFO = "info@thinhtrigroup.com"
SUPPORT = "support@thinhtrigroup.com"
FIRM_SIG_VI = "Công ty Hệ Thống Luật TNHH Thịnh Trí\n57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM\nHotline: 1800 63 65"


def L(cat, lang, name=None, phone=None, email=None, address=None, note=None, auto=False):
    return dict(cat=cat, lang=lang, name=name, phone=phone, email=email, address=address, note=note, auto=auto)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode()


PDF = (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\n"
       b"endobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")


# ---------------------------------------------------------------- automated / bulk bodies
def newsletter_body(m, H):
    plain = """PHÁP LÝ MỚI - ĐIỂM TIN VĂN BẢN TUẦN 2 THÁNG 1/2026

Kính gửi Quý độc giả,

1. Luật Bảo vệ dữ liệu cá nhân chính thức có hiệu lực từ 01/01/2026: những nghĩa vụ doanh nghiệp cần thực hiện ngay (thông báo xử lý, tiếp nhận yêu cầu xem, chỉnh sửa, xóa dữ liệu của chủ thể dữ liệu).
2. Hướng dẫn mới về hóa đơn điện tử đối với hộ kinh doanh nộp thuế theo phương pháp kê khai.
3. Lịch tòa nhân dân khu vực nghỉ Tết Bính Ngọ 2026 và thời hạn tố tụng cần lưu ý.
4. Khóa học trực tuyến "Soạn thảo hợp đồng thương mại" - ưu đãi 20% cho hội viên đến hết 31/01.

Xem toàn văn tại: https://phaplymoi.vn/diem-tin/2026-w02

Bạn nhận được email này vì địa chỉ info@thinhtrigroup.com đã đăng ký nhận bản tin Pháp Lý Mới.
Cập nhật thông tin nhận tin: https://phaplymoi.vn/tai-khoan
Hủy đăng ký: https://phaplymoi.vn/unsubscribe?u=a81f3c29&e=info%40thinhtrigroup.com
Pháp Lý Mới - Tầng 9, 81 Cách Mạng Tháng Tám, TP.HCM
"""
    items = [l for l in plain.split("\n") if l[:2] in ("1.", "2.", "3.", "4.")]
    htmlb = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Pháp Lý Mới</title></head>'
             '<body style="margin:0;background:#f2f2f2"><table width="600" align="center" cellpadding="0" cellspacing="0" '
             'style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px">'
             '<tr><td style="background:#0b3d6b;color:#fff;padding:16px;font-size:20px"><b>PHÁP LÝ MỚI</b> - Điểm tin tuần 2 tháng 1/2026</td></tr>'
             '<tr><td style="padding:16px">Kính gửi Quý độc giả,<br><br>'
             + "".join(f"<p>{i}</p>" for i in items) +
             '<p><a href="https://phaplymoi.vn/diem-tin/2026-w02">Xem toàn văn</a></p></td></tr>'
             '<tr><td style="padding:12px;font-size:11px;color:#777">Bạn nhận được email này vì địa chỉ info@thinhtrigroup.com '
             'đã đăng ký nhận bản tin Pháp Lý Mới. <a href="https://phaplymoi.vn/tai-khoan">Cập nhật thông tin nhận tin</a> | '
             '<a href="https://phaplymoi.vn/unsubscribe?u=a81f3c29&amp;e=info%40thinhtrigroup.com">Hủy đăng ký</a><br>'
             'Pháp Lý Mới - Tầng 9, 81 Cách Mạng Tháng Tám, TP.HCM</td></tr></table>'
             '<img src="https://trk.phaplymoi.vn/o/a81f3c29.gif" width="1" height="1" alt=""></body></html>\n')
    return H.multipart("alternative", "----=_NextPart_PLM_20260112_7c2e91", [
        H.leaf("text/plain", plain, cs="utf-8", cte="base64"),
        H.leaf("text/html", htmlb, cs="utf-8", cte="base64")])


def ndr_body(m, H):
    rcpt = "vinh.hoang@hoanglongcorp.vn"
    note = f"""Your message to {rcpt} couldn't be delivered.

vinh.hoang wasn't found at hoanglongcorp.vn.

support            Office 365            vinh.hoang
Action Required                          Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you continue to experience the problem, contact your email admin.

Diagnostic information for administrators:

Generating server: SI2PR04MB5311.apcprd04.prod.outlook.com

{rcpt}
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
    hnote = "<html><body>" + "".join(f"<p>{H.esc(l)}</p>" for l in note.split("\n") if l) + "</body></html>\n"
    alt = H.multipart("alternative", "_002_SI2PR04MB53117E2C9A41B6D0F3A5apcprd04prod_", [
        H.leaf("text/plain", note, cs="us-ascii", cte="7bit"),
        H.leaf("text/html", hnote, cs="us-ascii", cte="7bit")])
    ds = ("Content-Type: message/delivery-status\n\n"
          "Reporting-MTA: dns;SI2PR04MB5311.apcprd04.prod.outlook.com\n"
          "Received-From-MTA: dns;mail.thinhtrigroup.com\n"
          "Arrival-Date: Tue, 3 Mar 2026 02:41:07 +0000\n\n"
          f"Final-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: 5.1.10\n"
          "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n").encode()
    orig_text = """Kính gửi anh Hoàng Quang Vinh,

Theo yêu cầu của anh ngày 02/03/2026, Công ty đã cập nhật thông tin liên hệ trong hồ sơ khách hàng như sau:
- Số điện thoại: 0978 640 215
- Địa chỉ nhận thư: 19 Nguyễn Văn Linh, phường Tân Thuận, TP.HCM

Nếu thông tin trên chưa chính xác, anh vui lòng phản hồi email này hoặc gọi hotline 1800 63 65.

Trân trọng,
Bộ phận Chăm sóc khách hàng
""" + FIRM_SIG_VI + "\n"
    orig = ("Content-Type: message/rfc822\n\n"
            f"From: {H.addr('Thịnh Trí Group', SUPPORT, mode='Q')}\nTo: {rcpt}\n"
            f"Subject: {H.ew('Xác nhận cập nhật thông tin liên hệ', mode='Q', first=9)}\n"
            "Date: Tue, 03 Mar 2026 09:41:02 +0700\n"
            "Message-ID: <5d2b7e40-9c1f-4e3a-b8a2-61f0d3c94e17@thinhtrigroup.com>\nMIME-Version: 1.0\n").encode() \
        + H.leaf("text/plain", orig_text, cs="utf-8", cte="quoted-printable")
    return H.multipart("report", "_003_SI2PR04MB53117E2C9A41B6D0F3A5apcprd04prod_", [alt, ds, orig],
                       extra=' report-type=delivery-status;')


def ticket_body(m, H):
    plain = """Kính gửi Quý khách / Dear Customer,

Yêu cầu hỗ trợ của Quý khách đã được tiếp nhận với mã #CV-558214.
Your support request has been received and assigned ticket #CV-558214.

Tiêu đề / Subject: Gia hạn chứng chỉ SSL cho thinhtrigroup.com
Mức ưu tiên / Priority: Bình thường / Normal

Kỹ thuật viên sẽ phản hồi trong vòng 4 giờ làm việc. Vui lòng giữ nguyên tiêu đề khi trả lời email này.
An engineer will respond within 4 business hours. Please keep the subject line unchanged when replying.

Theo dõi yêu cầu / Track your ticket: https://hotro.cloudviet.vn/ticket/CV-558214

Đây là email tự động, vui lòng không trả lời trực tiếp.
This is an automated message - please do not reply.

CloudViet - Hạ tầng đám mây cho doanh nghiệp Việt
Hotline kỹ thuật 24/7: 1900 2345 67
"""
    htmlb = "<html><body style=\"font-family:Tahoma,sans-serif;font-size:13px\">" + "".join(
        f"<p>{H.esc(p).replace(chr(10), '<br>')}</p>" for p in plain.split("\n\n")) + "</body></html>\n"
    return H.multipart("alternative", "b1_6c0e4f1d2a8b9e7f3c5d", [
        H.leaf("text/plain", plain, cs="utf-8", cte="quoted-printable"),
        H.leaf("text/html", htmlb, cs="utf-8", cte="quoted-printable")])


def ooo_vi_body(m, H):
    t = """Kính gửi Quý đối tác,

Cảm ơn Quý vị đã gửi email. Tôi đang đi công tác nước ngoài từ ngày 19/01 đến hết ngày 30/01/2026 và sẽ hạn chế kiểm tra thư.

Các việc cần xử lý gấp, xin vui lòng liên hệ trợ lý của tôi: chị Đỗ Thị Kim Oanh - oanh.dtk@sonhaiplastic.com.vn - 0283 8123 466.

Trân trọng,
Nguyễn Hữu Phước
Phó Tổng Giám đốc - Công ty CP Nhựa Sơn Hải
"""
    return H.leaf("text/plain", t, cs="utf-8", cte="quoted-printable")


def ooo_en_body(m, H):
    t = """Thank you for your message.

I am out of the office until Monday, 16 March 2026, with limited access to email. For urgent matters concerning contracts or personal data, please contact Ms. Vo Thi Hoai An (an.vo@morisangyo-vn.com, +84 28 3620 5518).

Best regards,
Takeshi Mori
General Director
Mori Sangyo Vietnam Co., Ltd.
"""
    htmlb = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
             "<div style=\"font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt\">"
             + "".join(f"<p>{H.esc(p).replace(chr(10), '<br>')}</p>" for p in t.split("\n\n")) + "</div></body></html>\n")
    return H.multipart("alternative", "_000_TYAPR01MB6331E2B0A14C7D9F58C2A0B1TYAPR01MB6331_", [
        H.leaf("text/plain", t, cs="us-ascii", cte="7bit"), H.leaf("text/html", htmlb, cs="us-ascii", cte="7bit")])


MESSAGES = []


def M(**kw):
    MESSAGES.append(kw)


# ================================================================== e001 .. e010
M(id="e001", style="gmail", cte="base64", frm=("Quách Thị Mỹ Linh", "mylinh.quach86@gmail.com"), to=INFO,
  subject="Nhờ tư vấn chia thừa kế đất ba mẹ để lại không có di chúc",
  date="Wed, 07 Jan 2026 20:14:51 +0700",
  body="""Chào anh chị bên Công ty,

Em tên Quách Thị Mỹ Linh. Nhà em có 4 anh chị em, ba mẹ em mất năm 2023 và 2025, để lại một mảnh đất khoảng 300m2 ở Bến Lức (trước thuộc Long An, giờ là Tây Ninh), sổ đỏ đứng tên ba em, không có di chúc.

Anh hai em đang ở trên đất và không chịu chia, nói đất đó là đất hương hỏa. Ba chị em còn lại muốn chia đều hoặc bán rồi chia tiền.

Em muốn hỏi:
1. Không có di chúc thì chia theo pháp luật như thế nào?
2. Nếu anh hai không ký văn bản thỏa thuận phân chia di sản thì tụi em có khởi kiện được không, mất khoảng bao lâu?
3. Phí thuê luật sư đại diện khởi kiện khoảng bao nhiêu ạ?

Anh chị liên hệ em qua Zalo 0938 214 705 giúp em nha, ban ngày em hay họp nên buổi tối tiện hơn.

Cảm ơn anh chị nhiều.
Mỹ Linh""",
  label=L("service_request", "vi", "Quách Thị Mỹ Linh", "+84938214705", "mylinh.quach86@gmail.com"))

M(id="e002", style="bulk", frm=("Pháp Lý Mới", "bantin@phaplymoi.vn"), to=INFO,
  subject="[Pháp Lý Mới] Điểm tin tuần 2/01: Luật Bảo vệ dữ liệu cá nhân có hiệu lực",
  date="Mon, 12 Jan 2026 06:00:00 +0700", smode="Q",
  message_id="<0102019b1c7e5a40-7f3a2c1d-5e6b-4a9c-8d2e-3b1f0a9c6d71-000000@phaplymoi.vn>",
  headers=["List-Id: Ban tin Phap Ly Moi <bantin.phaplymoi.vn>",
           "List-Unsubscribe: <https://phaplymoi.vn/unsubscribe?u=a81f3c29&e=info%40thinhtrigroup.com>,",
           " <mailto:unsubscribe@phaplymoi.vn?subject=a81f3c29>",
           "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
           "Precedence: bulk",
           "X-Campaign-Id: plm-2026-w02"],
  raw_body=newsletter_body,
  label=L("unknown", "vi", auto=True,
          note="Bulk legal newsletter; mentions the data subject's rights to see, correct and delete data and offers 'Cập nhật thông tin' / 'Hủy đăng ký' links."))

M(id="e003", style="owa", frm=("Hà Minh Quân", "haminhquan.hn@outlook.com"), to=SUPPORT, owa_box="KL1PR02MB",
  subject="Email của công ty làm lộ địa chỉ email của khách hàng",
  date="Thu, 15 Jan 2026 08:52:10 +0700",
  body="""Kính gửi bộ phận chăm sóc khách hàng,

Sáng nay tôi nhận được email "Chúc mừng năm mới - Ưu đãi tư vấn doanh nghiệp 2026" gửi từ địa chỉ info@thinhtrigroup.com. Email này gửi cho hơn 200 người và toàn bộ địa chỉ đều để ở ô CC, ai nhận cũng thấy email của người khác. Trong đó có email cá nhân kèm họ tên đầy đủ của tôi.

Tôi là khách hàng của Công ty trong vụ tranh chấp hợp đồng thi công năm 2024, đây là chuyện tôi không muốn người ngoài biết. Một công ty luật mà để xảy ra sai sót cơ bản như vậy là không thể chấp nhận được.

Đề nghị Công ty:
- Giải thích vì sao sự việc xảy ra;
- Gửi thư xin lỗi tới những người đã nhận và đề nghị họ xóa email đó;
- Cho biết biện pháp để việc này không lặp lại.

Hà Minh Quân
ĐT: 0904 517 366""",
  label=L("complaint", "vi", "Hà Minh Quân", "+84904517366", "haminhquan.hn@outlook.com",
          note="Data-leak complaint; 'xóa email' asks other recipients to delete the leaked mail, not a deletion request for the sender's own data."))

M(id="e004", style="gmail", frm=("Sophie Laurent", "sophie.laurent82@gmail.com"), to=SUPPORT,
  subject="Name change after marriage + new email address",
  date="Fri, 16 Jan 2026 11:37:26 +0700",
  body="""Hello Thinh Tri team,

You are handling the renewal of my work permit (I teach at an international school in Thao Dien). I got married in December and my legal surname has changed. My new passport was issued last week.

Could you please update my records as follows:
- Name: Sophie Nguyen-Laurent (previously Sophie Laurent)
- Email: sophie.nguyenlaurent@gmail.com - please use this from now on, I'll stop checking this old account soon.

My mobile stays the same: 0898 126 540. I can bring a copy of the new passport to your office if needed.

Many thanks,
Sophie Nguyen-Laurent""",
  label=L("correction_request", "en", "Sophie Nguyen-Laurent", "+84898126540", "sophie.nguyenlaurent@gmail.com",
          note="Former surname also present (From shows 'Sophie Laurent'); new name and the new email given in the body win."))

M(id="e005", style="gmail", frm=("Tuan Kiet", "kiettuan.nguyen93@gmail.com"), to=INFO,
  subject="hoi thu tuc xoa an tich de di xuat khau lao dong",
  date="Sat, 17 Jan 2026 22:05:48 +0700",
  body="""Chao luat su,
Em ten Nguyen Tuan Kiet, 32 tuoi, que Nghe An. Nam 2017 em bi toa xu 18 thang tu ve toi co y gay thuong tich, da chap hanh xong an tu nam 2019, da nop du an phi va tien boi thuong cho bi hai.
Gio em dang lam ho so di lam viec o Nhat, cong ty phai cu yeu cau nop phieu ly lich tu phap. Em muon hoi truong hop cua em da duoc duong nhien xoa an tich chua hay phai lam don xin xoa an tich? Neu phai lam thi ho so gom nhung gi, ben minh co nhan lam ho khong va chi phi bao nhieu.
SDT/zalo: 0369 402 715
Em cam on.""",
  label=L("service_request", "vi", "Nguyen Tuan Kiet", "+84369402715", "kiettuan.nguyen93@gmail.com",
          note="'Xóa án tích' is expungement of a criminal record, a legal service; not a data deletion request."))

M(id="e006", style="gmail", frm=("Ngọc Diệp", "diep.luong.bds@gmail.com"), to=INFO,
  subject="Công ty lấy số điện thoại của tôi từ đâu?",
  date="Wed, 14 Jan 2026 09:18:33 +0700",
  body="""Kính gửi Công ty Thịnh Trí,

Chiều ngày 13/01/2026 tôi nhận được cuộc gọi từ một nhân viên xưng là bên Thịnh Trí Group, mời tôi sử dụng dịch vụ thành lập công ty. Nhân viên gọi đúng họ tên tôi và còn biết tôi vừa nghỉ việc ở ngân hàng. Tôi chưa bao giờ liên hệ hay sử dụng dịch vụ của Công ty.

Tôi là Lương Thị Ngọc Diệp. Căn cứ quy định về bảo vệ dữ liệu cá nhân, đề nghị Công ty cho tôi biết:
1. Công ty có được số điện thoại và thông tin của tôi từ nguồn nào;
2. Hiện Công ty đang lưu giữ những thông tin gì về tôi;
3. Những thông tin đó đang được sử dụng vào mục đích gì.

Sau khi có câu trả lời tôi sẽ cân nhắc các bước tiếp theo.

Ngọc Diệp
0822 306 914""",
  label=L("access_request", "vi", "Lương Thị Ngọc Diệp", "+84822306914", "diep.luong.bds@gmail.com",
          note="Annoyed by a cold call but only asks what data is held, its source and purpose; no deletion requested yet. Full name only in the body."))

M(id="e007", style="oe1258", frm=("Mạc Văn Bình", "macbinh1957@yahoo.com"), to=INFO, pc="BINH-PC",
  subject="Đề nghị hủy hồ sơ tranh chấp đất",
  date="Mon, 19 Jan 2026 07:42:19 +0700",
  body="""Kính gửi Quý Công ty,

Tôi tên Mạc Văn Bình, hiện ở tại Tổ 12, phường Hòa Khánh, TP Đà Nẵng. Tháng 10/2025 tôi có đến văn phòng Công ty nhờ tư vấn về việc tranh chấp ranh giới đất với nhà bên cạnh và có để lại bản photo sổ đỏ, căn cước và mấy tờ biên bản hòa giải ở phường.

Nay hai bên đã tự thương lượng xong, tôi không theo vụ việc nữa. Đề nghị Công ty hủy toàn bộ các bản photo giấy tờ tôi đã để lại và bỏ thông tin của tôi ra khỏi máy tính của Công ty, không dùng vào việc gì khác.

Có gì xin liên lạc số nhà 0236 3846 219, hoặc gọi con gái tôi 0905 771 402 nếu tôi không nghe máy.

Kính thư,
Mạc Văn Bình""",
  label=L("deletion_request", "vi", "Mạc Văn Bình", "+842363846219", "macbinh1957@yahoo.com", "Tổ 12, phường Hòa Khánh, TP Đà Nẵng",
          note="'Hủy' means destroying document copies (data deletion). Daughter's mobile 0905 771 402 is not the sender's; his own number is the home landline. Body is windows-1258 with combining tone marks."))

M(id="e008", style="outlook", frm=("Daniel Whitaker", "daniel@whitakerbrew.co.nz"), to=INFO,
  subject="Setting up a brewpub in HCMC - 100% foreign owned?",
  date="Tue, 20 Jan 2026 14:22:07 +1300",
  body="""Dear Thinh Tri team,

My business partner and I (both New Zealand citizens) are planning to open a small brewpub in Ho Chi Minh City, brewing on site and serving in a 120-seat taproom. Total investment would be around USD 300,000.

Before we commit to a lease, we would appreciate your advice on:
1. Whether a 100% foreign-owned company can hold the licences to produce beer on premises and sell it for on-site consumption;
2. The steps and realistic timeline for the IRC and ERC;
3. Any food safety, fire safety and alcohol licences needed before opening;
4. Your fees for handling the whole package.

We will be in HCMC from 2 to 9 February and would be happy to meet at your office on Vo Thi Sau street.

Kind regards,
Daniel Whitaker
Director, Whitaker Brewing Co. Ltd
Mobile/WhatsApp: +64 21 448 9302""",
  label=L("service_request", "en", "Daniel Whitaker", "+64214489302", "daniel@whitakerbrew.co.nz"))

M(id="e009", style="gmail", frm=("Olivia Bennett", "olivia.bennett.vn@gmail.com"), to=INFO,
  subject="Appeal deadline missed - I need an explanation",
  date="Thu, 22 Jan 2026 18:46:02 +0700",
  body="""To whom it may concern,

Your firm represented me in a dispute with my former landlord. The first-instance judgment was handed down on 18 December, and your lawyer Mr. Duong assured me that an appeal would be lodged well within the 15-day deadline. I paid the additional appeal fee of 8,000,000 VND on 22 December.

Yesterday the court clerk told me that no appeal was ever lodged and the judgment is now legally effective. Nobody from your firm informed me. I have called Mr. Duong three times this week and he has not picked up.

I expect:
- a written explanation by Friday;
- a full refund of the appeal fee; and
- advice on whatever options I still have, at your firm's cost.

Olivia Bennett
+84 933 650 281""",
  label=L("complaint", "en", "Olivia Bennett", "+84933650281", "olivia.bennett.vn@gmail.com"))

M(id="e010", style="outlook", frm=("Lý Hoàng Nam", "nam.ly@topseo-agency.vn"), to=INFO,
  subject="Đưa từ khóa \"luật sư ly hôn\" của Thịnh Trí lên top 3 Google trong 90 ngày",
  date="Fri, 23 Jan 2026 10:03:44 +0700",
  body="""Kính chào Ban Giám đốc Thịnh Trí Group,

Em là Lý Hoàng Nam, chuyên viên tư vấn của TopSEO Agency. Em vừa kiểm tra nhanh website thinhtrigroup.com và thấy các từ khóa như "luật sư ly hôn", "thành lập công ty trọn gói", "luật sư đất đai" hiện đang nằm ở trang 2-3 Google, trong khi đối thủ cùng khu vực Quận 3 đang ở top 5.

TopSEO cam kết:
- Đưa 10 từ khóa chính lên top 3 trong 90 ngày, không đạt hoàn 100% phí;
- Viết 30 bài chuẩn SEO về pháp luật mỗi tháng;
- Báo cáo thứ hạng hằng tuần.

Em xin gửi tặng Quý Công ty bản audit website miễn phí. Anh/chị chỉ cần phản hồi email này hoặc gọi em qua số 0886 134 529 để em gửi báo cáo chi tiết.

Trân trọng,
Lý Hoàng Nam
Account Executive - TopSEO Agency""",
  label=L("unknown", "vi", "Lý Hoàng Nam", "+84886134529", "nam.ly@topseo-agency.vn",
          note="Cold SEO sales pitch to the firm, not a customer request."))

# ================================================================== e011 .. e020
M(id="e011", style="yahoo", frm=("Tạ Thu Hằng", "tathuhang79@yahoo.com.vn"), to=SUPPORT,
  subject="Sửa giúp số căn cước và ngày sinh trong hồ sơ",
  date="Mon, 26 Jan 2026 13:25:40 +0700",
  body="""Chào Tùng,

Chị là Tạ Thu Hằng, khách hàng bên hồ sơ chuyển nhượng căn hộ ở Masteri. Chị xem bản nháp hợp đồng em gửi hôm thứ Sáu thì thấy số căn cước của chị bị ghi nhầm thành 001179004528, đúng phải là 001179005428. Ngày sinh cũng ghi 12/06/1979 trong khi đúng là 21/06/1979.

Em sửa lại giúp chị trong hồ sơ khách hàng bên mình luôn để mấy giấy tờ sau không bị sai nữa nhé. Cần gì thì gọi chị 0915 208 376.

Cảm ơn em,
Thu Hằng""",
  label=L("correction_request", "vi", "Tạ Thu Hằng", "+84915208376", "tathuhang79@yahoo.com.vn",
          note="Asks to fix CCCD number and date of birth in the firm's client record; the 12-digit CCCD numbers are not phone numbers."))

M(id="e012", style="gmail", frm=("Kevin Vu", "kevin.vu@taskly.app"), to=INFO,
  subject="Đăng ký trademark cho app + review Terms of Service",
  date="Tue, 27 Jan 2026 15:11:09 +0700",
  body="""Hi team Thịnh Trí,

Mình là Vũ Minh Khang, founder của Taskly - app quản lý task cho team nhỏ, đang chuẩn bị launch bản public vào tháng 4. Mình cần support 2 việc:

1. Đăng ký nhãn hiệu "TASKLY" + logo tại VN, nhóm 9 và 42. Bên mình cũng đang cân nhắc file Madrid cho Singapore và Thái Lan, nếu có package thì quote luôn giúp mình nha.
2. Review bộ Terms of Service và Privacy Policy (bản tiếng Anh, khoảng 12 trang) xem đã compliant với luật VN chưa, nhất là phần thu thập data của user.

Timeline hơi gấp, mình muốn có quote trong tuần này. Có thể call mình qua 0867 392 051 hoặc reply email này.

Cheers,
Khang Vu
CEO & Founder, Taskly""",
  label=L("service_request", "mixed", "Vũ Minh Khang", "+84867392051", "kevin.vu@taskly.app",
          note="'Privacy Policy' review is a paid service for the sender's own app, not a privacy request. From shows the English name 'Kevin Vu'."))

M(id="e013", style="outlook", frm=("Nguyễn Hữu Phước", "phuoc.nh@sonhaiplastic.com.vn"), to=SUPPORT,
  subject="Trả lời Tự động: Xác nhận hoàn tất yêu cầu xóa dữ liệu cá nhân",
  date="Tue, 20 Jan 2026 16:30:12 +0700",
  reply_to_id="<a3f09c2e-71b4-4d6a-9e15-2c8b7d40f613@thinhtrigroup.com>",
  headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Content-Language: vi-VN"],
  raw_body=ooo_vi_body,
  label=L("unknown", "vi", auto=True,
          note="Out-of-office reply to the firm's deletion confirmation; subject carries deletion keywords and the body has an assistant's phone."))

M(id="e014", style="gmail", frm=("Ta Quang Huy", "huytq.xaydung@gmail.com"), to=SUPPORT,
  subject="phi dich vu cao hon bao gia",
  date="Wed, 28 Jan 2026 07:55:31 +0700",
  body="""Chao cong ty,
Toi la Ta Quang Huy. Thang 11/2025 ben anh chi bao gia dich vu thanh lap cong ty TNHH 2 thanh vien tron goi la 4.500.000d, noi ro la da bao gom le phi nha nuoc. Toi dong y va da chuyen khoan du.
Hom qua toi nhan duoc de nghi thanh toan bo sung them 3.200.000d gom "phi khac dau", "phi cong bo thong tin", "phi tu van thue ban dau". Truoc khi ky hop dong khong ai noi voi toi cac khoan nay.
Toi yeu cau cong ty xoa bo cac khoan phat sinh nay va giai thich tai sao bao gia mot dang thu mot neo. Neu khong toi se dang danh gia len Google va cac group doanh nghiep.
Ta Quang Huy - 0913.447.082""",
  label=L("complaint", "vi", "Ta Quang Huy", "+84913447082", "huytq.xaydung@gmail.com",
          note="'Xóa bỏ các khoản phát sinh' means cancelling extra charges, not deleting data."))

M(id="e015", style="outlook", frm=("Priya Raman", "priya.raman@orbitaltextiles.com"), to=INFO,
  subject="Advice needed: former employee asking us to delete his data",
  date="Thu, 29 Jan 2026 10:40:55 +0700",
  body="""Dear Sir/Madam,

I am the HR Director of Orbital Textiles Vietnam (garment manufacturing, about 1,100 employees). A production supervisor who left us in November has sent a written request asking us to (1) give him a copy of his complete personnel file and (2) delete all his personal data, including payroll and social insurance records.

We want to handle this correctly under the new Personal Data Protection Law. Could your firm advise us on:
- which records we are legally required to keep despite his deletion request (labour, tax, social insurance) and for how long;
- the deadline for responding to him and what the response should contain;
- whether we need an internal procedure for such requests going forward - and if so, your quote for drafting one.

A short call this week would be ideal.

Best regards,
Priya Raman
HR Director, Orbital Textiles Vietnam Co., Ltd.
Direct: (0274) 3812 905""",
  label=L("service_request", "en", "Priya Raman", "+842743812905", "priya.raman@orbitaltextiles.com",
          note="An employer asks for advice on a third party's access/deletion request; privacy keywords but the sender wants legal services."))

M(id="e016", style="gmail", frm=("Đỗ Khánh Vy", "khanhvy.do.spa@gmail.com"), to=INFO,
  subject="Nhờ gỡ hình và lời nhận xét của em trên website",
  date="Fri, 30 Jan 2026 12:48:17 +0700",
  body="""Chào anh chị,

Em là Đỗ Khánh Vy, chủ Vy Beauty Spa ở Biên Hòa. Năm ngoái sau khi bên mình hỗ trợ em đăng ký nhãn hiệu, em có đồng ý cho Công ty dùng hình và đoạn chia sẻ của em trong mục "Khách hàng nói gì về Thịnh Trí" trên website và fanpage.

Hiện em muốn rút lại sự đồng ý đó vì lý do cá nhân. Nhờ anh chị gỡ hình, tên và lời nhận xét của em khỏi website, fanpage và các tài liệu giới thiệu, đồng thời không lưu giữ những hình ảnh đó nữa ạ. Xong anh chị nhắn em qua số 0909 846 213 là được.

Em cảm ơn nhiều ạ!
Khánh Vy""",
  label=L("deletion_request", "vi", "Đỗ Khánh Vy", "+84909846213", "khanhvy.do.spa@gmail.com",
          note="Withdraws consent and asks to remove and stop keeping her photo/testimonial; deletion without the word 'xóa', friendly tone, not a complaint."))

M(id="e017", style="gmail", frm=("Lò Thị Hồng Nhung", "hongnhung.lo.sl@gmail.com"), to=INFO,
  subject="Re: Báo phí dịch vụ ly hôn đơn phương",
  date="Wed, 21 Jan 2026 21:09:44 +0700",
  reply_to_id="<7c1e55d0-3b8a-4f29-a6e4-90d2b1c7f385@thinhtrigroup.com>",
  body="""Dạ em chào luật sư Bảo,

Em đã đọc kỹ báo giá, em đồng ý gói đại diện ly hôn đơn phương có tranh chấp quyền nuôi con. Em muốn hẹn gặp luật sư trực tiếp để ký hợp đồng và nộp giấy tờ, em có thể lên văn phòng sáng thứ Bảy 24/01 hoặc chiều thứ Hai 26/01.

Giấy đăng ký kết hôn bản gốc chồng em đang giữ, em chỉ có bản photo, như vậy có nộp đơn được không ạ?

Em cảm ơn.
Lò Thị Hồng Nhung
SĐT: 0354 920 617
Địa chỉ: 14 đường số 7, khu phố 3, phường Bình Trưng, TP.HCM""",
  quote=dict(intro="Vào Th 3, 20 thg 1, 2026 vào lúc 16:05 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:",
             text="""Chào chị Nhung,

Cảm ơn chị đã tin tưởng liên hệ Thịnh Trí. Theo thông tin chị cung cấp, Công ty xin báo phí gói đại diện ly hôn đơn phương có tranh chấp quyền nuôi con như sau:
- Phí dịch vụ trọn gói sơ thẩm: 25.000.000 đồng (chưa gồm án phí, lệ phí);
- Thời gian dự kiến: 4-6 tháng tùy tiến độ của Tòa.

Luật sư phụ trách: LS. Mai Quốc Bảo - di động 0918 556 030.

Trân trọng,
""" + FIRM_SIG_VI),
  label=L("service_request", "vi", "Lò Thị Hồng Nhung", "+84354920617", "hongnhung.lo.sl@gmail.com",
          "14 đường số 7, khu phố 3, phường Bình Trưng, TP.HCM",
          note="Reply; only the top part is new. Quoted firm text has the lawyer's mobile, hotline and firm address, not the sender's."))

M(id="e018", style="outlook", frm=("Marco Bianchi", "marco.bianchi@bianchi-interiors.it"), to=INFO,
  subject="Data access request - copy of my personal data",
  date="Mon, 02 Feb 2026 09:15:27 +0700",
  body="""Dear Thinh Tri Legal,

In October 2025 I had three telephone consultations with your firm about the lease of a workshop in Da Nang, and I sent you copies of my passport and temporary residence card.

Under Vietnam's Personal Data Protection Law, I would like to receive:
- a copy of all personal data you hold about me, including the recordings of my phone consultations (if any) and the notes taken by your staff;
- the list of third parties (translators, notaries or others) to whom my data was disclosed;
- how long you intend to keep it.

An electronic copy sent to this address is fine.

Kind regards,
Marco Bianchi
Bianchi Interiors - Vietnam branch
M: +84 796 215 438""",
  label=L("access_request", "en", "Marco Bianchi", "+84796215438", "marco.bianchi@bianchi-interiors.it"))

M(id="e019", style="owa", html_only=True, cte="base64", nbsp=True, frm=("Phùng Thị Xuân Mai", "xuanmai.phung@hotmail.com"),
  to=SUPPORT, owa_box="TYZPR03MB",
  subject="Phản ánh về buổi hẹn tư vấn ngày 22/01",
  date="Mon, 26 Jan 2026 20:31:58 +0700",
  body="""Kính gửi Ban lãnh đạo Công ty,

Tôi đặt lịch tư vấn về tranh chấp hợp đồng lao động lúc 9h00 ngày 22/01/2026 và đã được nhân viên gọi xác nhận từ hôm trước. Tôi xin nghỉ nửa ngày để đến văn phòng nhưng chờ đến 10h30 vẫn không gặp được luật sư. Lễ tân chỉ nói "luật sư bận ra tòa đột xuất", không một lời xin lỗi, không hẹn lại.

Tôi đã chuyển khoản trước phí tư vấn 1.000.000 đồng. Đề nghị Công ty hoàn lại khoản phí này hoặc sắp xếp buổi khác có bù đắp cho thời gian tôi đã mất, đồng thời xem lại cách làm việc của bộ phận lễ tân.

Phùng Thị Xuân Mai
Điện thoại: 0987 142 630""",
  label=L("complaint", "vi", "Phùng Thị Xuân Mai", "+84987142630", "xuanmai.phung@hotmail.com",
          note="HTML-only; the phone is written with &nbsp; separators."))

M(id="e020", style="iphone", frm=("Dang Thanh Son", "sondt.hp@icloud.com"), to=SUPPORT, ios="23C71",
  subject="cap nhat dia chi moi",
  date="Tue, 03 Feb 2026 06:58:12 +0700",
  body="""Chao cong ty,
Toi la Dang Thanh Son, khach hang dang nho cong ty theo vu tranh chap boi thuong bao hiem xe.
Tu thang 7/2025 phuong cu cua toi da sap nhap nen dia chi tren ho so "12 Ly Tu Trong, phuong Minh Khai, quan Hong Bang, Hai Phong" khong con dung nua. Nho cong ty sua lai thanh: 12 Ly Tu Trong, phuong Hong Bang, TP Hai Phong de thu tu gui ve khong bi that lac.
So dien thoai van la 0912 863 054.
Cam on.

Gửi từ iPhone của tôi""",
  label=L("correction_request", "vi", "Dang Thanh Son", "+84912863054", "sondt.hp@icloud.com", "12 Ly Tu Trong, phuong Hong Bang, TP Hai Phong",
          note="Old pre-merger address also present; contact address is the new one."))

# ================================================================== e021 .. e030
M(id="e021", style="gmail", frm=("Kiều Anh Thư", "kieuanhthu.luk46@gmail.com"), to=INFO,
  subject="Ứng tuyển Thực tập sinh pháp lý - Kiều Anh Thư - ĐH Luật TP.HCM",
  date="Sun, 01 Feb 2026 21:27:05 +0700",
  attach=("CV_KieuAnhThu_ThucTapSinh.pdf", "application/pdf", PDF),
  body="""Kính gửi Phòng Nhân sự Công ty Hệ Thống Luật TNHH Thịnh Trí,

Em tên là Kiều Anh Thư, sinh viên năm 4 chuyên ngành Luật Thương mại, Trường Đại học Luật TP.HCM. Qua trang tuyển dụng của Công ty, em được biết Công ty đang tìm thực tập sinh pháp lý cho mảng doanh nghiệp - sở hữu trí tuệ.

Em đã có 6 tháng làm cộng tác viên tra cứu nhãn hiệu và soạn thảo hồ sơ thành lập doanh nghiệp tại một văn phòng luật ở Quận 10, có thể thực tập toàn thời gian từ tháng 3/2026 trong 3-4 tháng.

Em xin gửi kèm CV để Công ty xem xét. Em rất mong có cơ hội được phỏng vấn.

Trân trọng,
Kiều Anh Thư
SĐT: 0395 617 208""",
  label=L("unknown", "vi", "Kiều Anh Thư", "+84395617208", "kieuanhthu.luk46@gmail.com",
          note="Internship application with CV attached, not a customer request."))

M(id="e022", style="oe1258", frm=("Lưu Văn Hiển", "luuvanhien.1959@vnn.vn"), to=INFO, pc="HIEN-LAPTOP",
  subject="Nhờ tư vấn đính chính diện tích trên sổ đỏ",
  date="Wed, 04 Feb 2026 08:12:36 +0700",
  body="""Kính gửi Công ty Luật Thịnh Trí,

Tôi là Lưu Văn Hiển, năm nay 67 tuổi, đang ở tại số 215 ấp Bình Thạnh, xã Tân Nhựt, TP.HCM. Thửa đất gia đình tôi đang ở được cấp giấy chứng nhận năm 2004, ghi diện tích 412 m2. Vừa rồi đo đạc lại để tách thửa cho con thì diện tích thực tế là 446 m2, ranh giới giữ nguyên, không tranh chấp với ai.

Xin hỏi Công ty:
- Trường hợp này làm thủ tục đính chính hay phải cấp đổi giấy chứng nhận?
- Phần diện tích tăng thêm có phải nộp tiền sử dụng đất không?
- Nếu Công ty nhận làm trọn gói thì chi phí bao nhiêu?

Số điện thoại của tôi: 0903 615 284. Tôi ở nhà suốt, có thể dẫn đi xem đất bất cứ lúc nào.

Trân trọng,
Lưu Văn Hiển""",
  label=L("service_request", "vi", "Lưu Văn Hiển", "+84903615284", "luuvanhien.1959@vnn.vn", "215 ấp Bình Thạnh, xã Tân Nhựt, TP.HCM",
          note="'Đính chính' refers to correcting a land-use certificate (a legal service), not data held by the firm. Body is windows-1258 with combining tone marks."))

M(id="e023", style="tbird", charset="ISO-8859-1", hmode="Q",
  from_raw="=?ISO-8859-1?Q?Jos=E9_Mu=F1oz_Ib=E1=F1ez?= <jmunoz.ibanez@telefonica.net>",
  frm=("José Muñoz Ibáñez", "jmunoz.ibanez@telefonica.net"), to=INFO,
  subject="Request to delete my personal data (apartment purchase file)",
  date="Thu, 05 Feb 2026 18:04:51 +0100",
  body="""Dear Thinh Tri team,

In September 2025 your firm carried out a legal check for me on an apartment I intended to buy in Nha Trang. The purchase did not go ahead and I will not pursue it.

I would like you to delete the following personal data about me:
 - scans of my passport and Spanish ID card (DNI);
 - my bank statements sent as proof of funds;
 - my home address and phone numbers.

If Vietnamese law requires you to keep any of these documents, please let me know which ones and for how long. Please confirm by email once the deletion has been done.

Best regards,
José Muñoz Ibáñez
Calle de Alcalá 214, 3º B, 28028 Madrid, España
Tel. +34 612 48 93 07""",
  label=L("deletion_request", "en", "José Muñoz Ibáñez", "+34612489307", "jmunoz.ibanez@telefonica.net",
          "Calle de Alcalá 214, 3º B, 28028 Madrid, España",
          note="ISO-8859-1 encoded (8bit body, Q-encoded display name); Spanish address and phone in the signature."))

M(id="e024", style="gmail", frm=("Hana Pham", "hana.pham@leafstudio.vn"), to=SUPPORT,
  subject="Bản draft Service Agreement - quá nhiều lỗi, cần escalate",
  date="Thu, 05 Feb 2026 17:36:20 +0700",
  body="""Hi anh Đạt và team,

Em là Hân bên Leaf Studio. Em thật sự rất disappointed với bản draft Service Agreement bên mình gửi hôm qua:
- Trễ 6 ngày so với deadline đã cam kết trong engagement letter;
- Tên công ty em bị ghi sai thành "Leaf Studios JSC" trong khi bên em là công ty TNHH;
- Điều khoản thanh toán copy nguyên từ hợp đồng khác, còn để nguyên tên "Công ty ABC";
- Phần governing law bỏ trống.

Bên em trả fee theo giờ nên em không chấp nhận bị tính giờ cho những lỗi như vậy. Em cần bên mình (1) gửi lại bản sửa hoàn chỉnh trước thứ Sáu, (2) không tính phí cho phần revision này, và (3) có người senior review trước khi gửi. Cần trao đổi thì gọi em 0763 285 904.

Thanks,
Phạm Ngọc Hân (Hana)
Operations Manager, Leaf Studio Co., Ltd.""",
  label=L("complaint", "mixed", "Phạm Ngọc Hân", "+84763285904", "hana.pham@leafstudio.vn",
          note="Mentions a wrong company name to fix in a draft, but this is a complaint about work quality, not a personal-data correction."))

M(id="e025", style="bulk", no_mime_first=True,
  from_raw="Microsoft Outlook\r\n <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hoanglongcorp.vn>",
  frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hoanglongcorp.vn"), to=SUPPORT,
  subject="Undeliverable: Xác nhận cập nhật thông tin liên hệ", smode="Q",
  date="Tue, 03 Mar 2026 02:41:09 +0000",
  message_id="<7b1f0d2e-5c3a-4e8b-9f61-2a4d8c0e7b35@SI2PR04MB5311.apcprd04.prod.outlook.com>",
  pre_headers=[],
  headers=["In-Reply-To: <5d2b7e40-9c1f-4e3a-b8a2-61f0d3c94e17@thinhtrigroup.com>",
           "References: <5d2b7e40-9c1f-4e3a-b8a2-61f0d3c94e17@thinhtrigroup.com>",
           "Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:", "Content-Language: en-US",
           "MIME-Version: 1.0"],
  raw_body=ndr_body,
  label=L("unknown", "en", auto=True,
          note="Exchange NDR for the firm's own correction confirmation; the embedded original holds a customer's name, phone and address but is not customer text."))

M(id="e026", style="gmail", frm=("Lâm Gia Bảo", "giabao.lam.2000@gmail.com"), to=INFO,
  subject="Chủ nhà không trả tiền cọc, em muốn khiếu nại",
  date="Sat, 07 Feb 2026 23:14:02 +0700",
  body="""Chào Công ty,

Em là Lâm Gia Bảo, mới ra trường, thuê phòng trọ ở phường Linh Xuân, TP.HCM từ năm 2024, đặt cọc 2 tháng tiền nhà là 7.000.000 đồng. Em đã báo trước 30 ngày đúng như hợp đồng rồi mới dọn đi, nhưng chủ nhà giữ luôn tiền cọc, nói là trừ "hao mòn tường, vệ sinh", không đưa hóa đơn hay chứng từ gì.

Em bức xúc lắm. Giờ em muốn khiếu nại chủ nhà lên phường hoặc kiện ra tòa thì phải làm sao, có cần luật sư không, số tiền nhỏ vậy thì chi phí có đáng không? Bên mình có gói tư vấn nào rẻ cho sinh viên không ạ?

SĐT: 0328 764 150
Em cảm ơn!""",
  label=L("service_request", "vi", "Lâm Gia Bảo", "+84328764150", "giabao.lam.2000@gmail.com",
          note="'Khiếu nại' is aimed at the landlord, not the firm; the sender wants advice."))

M(id="e027", style="gmail", frm=("My Le", "diemmy.le.hr@gmail.com"), to=SUPPORT,
  subject="Sai tên trên certificate webinar - please update",
  date="Mon, 09 Feb 2026 10:20:45 +0700",
  body="""Hi Thịnh Trí team,

Em có tham gia webinar "Labor Law Update 2026 cho HR" hôm 24/01 và vừa nhận certificate qua email. Tên em trên certificate và trong email đều bị ghi là "Lê Thị Diễm Mi", đúng phải là "Lê Thị Diễm My" (My chữ y dài ạ).

Nhờ team update lại tên trong danh sách học viên và gửi lại certificate giúp em nha, em cần nộp cho công ty để tính giờ training. Số phone trong form đăng ký là 0772 918 346, cái này đúng rồi ạ.

Thanks team!
Diễm My""",
  label=L("correction_request", "mixed", "Lê Thị Diễm My", "+84772918346", "diemmy.le.hr@gmail.com",
          note="Misspelled variant 'Lê Thị Diễm Mi' also appears."))

M(id="e028", style="outlook", frm=("Cao Thị Bích Ngọc", "caobichngoc88@gmail.com"), to=INFO,
  subject="Đề nghị cung cấp thông tin cá nhân đang lưu giữ và thông tin đã chia sẻ",
  date="Tue, 10 Feb 2026 14:02:13 +0700",
  body="""Kính gửi Công ty Hệ Thống Luật TNHH Thịnh Trí,

Tôi là Cao Thị Bích Ngọc, CCCD số 079188012347. Năm 2025 tôi sử dụng dịch vụ của Công ty để giải quyết tranh chấp thừa kế với các anh chị em trong gia đình; vụ việc đã kết thúc bằng hòa giải.

Tôi đề nghị Công ty:
1. Cung cấp danh sách các loại thông tin cá nhân của tôi mà Công ty hiện đang lưu giữ;
2. Cho biết Công ty đã chia sẻ các thông tin đó cho những tổ chức, cá nhân nào (văn phòng công chứng, dịch thuật, bên liên quan...) và vào thời điểm nào.

Văn bản trả lời xin gửi về địa chỉ: 36/4 Đặng Văn Ngữ, phường Phú Nhuận, TP.HCM, hoặc qua email này.

Trân trọng,
Cao Thị Bích Ngọc
ĐT: 0937 604 182""",
  label=L("access_request", "vi", "Cao Thị Bích Ngọc", "+84937604182", "caobichngoc88@gmail.com", "36/4 Đặng Văn Ngữ, phường Phú Nhuận, TP.HCM",
          note="CCCD number also present; it is not a phone number."))

M(id="e029", style="gmail", frm=("Hứa Minh Tuấn", "huaminhtuan.dn@gmail.com"), to=INFO,
  subject="Công ty đăng vụ việc của tôi lên Facebook khi chưa được phép",
  date="Wed, 11 Feb 2026 07:21:39 +0700",
  body="""Gửi Công ty Thịnh Trí,

Tối qua bạn bè gửi cho tôi bài đăng trên fanpage "Thịnh Trí Group - Luật sư đồng hành" ngày 09/02 với tiêu đề "Thắng kiện đòi 1,2 tỷ tiền hàng cho chủ xưởng gỗ ở Đồng Nai". Bài viết không ghi tên tôi nhưng đăng kèm ảnh bản án chỉ che một nửa tên công ty, ghi rõ loại hàng, địa bàn và số tiền. Người trong ngành đọc là biết ngay đó là tôi.

Tôi chưa bao giờ đồng ý cho Công ty dùng vụ việc của tôi để quảng cáo. Việc này ảnh hưởng trực tiếp đến quan hệ của tôi với các bạn hàng khác.

Yêu cầu Công ty gỡ bài ngay trong hôm nay, có văn bản xin lỗi và cho tôi biết ai đã quyết định đăng bài này.

Hứa Minh Tuấn
Giám đốc Xưởng gỗ Minh Tuấn
0913 729 045""",
  label=L("complaint", "vi", "Hứa Minh Tuấn", "+84913729045", "huaminhtuan.dn@gmail.com",
          note="Demands removal of a post, but the dominant intent is a complaint about disclosure without consent."))

M(id="e030", style="outlook", frm=("Kinh doanh - Thép Đại Phát", "kinhdoanh@thepdaiphat.com.vn"), to=INFO,
  subject="Báo giá thép hình - công trình nhà xưởng Long Hậu",
  date="Thu, 12 Feb 2026 09:47:28 +0700",
  body="""Kính gửi anh Phong - Phòng Vật tư Công ty Thịnh Trí,

Em gửi lại báo giá theo trao đổi điện thoại sáng nay cho công trình nhà xưởng Long Hậu:
- Thép hình H200x100: 18.900 đ/kg
- Thép hình I300: 19.400 đ/kg
- Thép tấm SS400 dày 10 ly: 17.650 đ/kg

Đơn giá đã bao gồm VAT 8%, giao tại chân công trình, thanh toán 50% khi đặt hàng. Anh xác nhận đơn giúp em trước 15h hôm nay để kịp xếp xe cho ngày mai nhé.

Trân trọng,
Nguyễn Thị Kiều Oanh
Phòng Kinh doanh - Công ty TNHH Thép Đại Phát
Di động: 0949 311 726""",
  label=L("unknown", "vi", "Nguyễn Thị Kiều Oanh", "+84949311726", "kinhdoanh@thepdaiphat.com.vn",
          note="Misaddressed supplier quote meant for a different company named 'Thịnh Trí'; From is a shared sales mailbox."))

# ================================================================== e031 .. e040
M(id="e031", style="iphone", frm=("Liam Carter", "liamcarter.au@icloud.com"), to=INFO, ios="22D82",
  subject="Urgent - motorbike accident in Hoi An, need a lawyer",
  date="Fri, 13 Feb 2026 08:03:17 +0700",
  body="""Hi,

I'm an Australian tourist. Yesterday I had a collision on a rented motorbike in Hoi An and a local man was injured (broken leg). The police have kept my passport and say I must pay compensation, and they mentioned possible criminal charges. I don't have an international driving permit.

I need an English-speaking lawyer asap. Please call me on +61 412 773 508 (WhatsApp) - my Vietnamese SIM isn't working.

Liam

Sent from my iPhone""",
  label=L("service_request", "en", "Liam Carter", "+61412773508", "liamcarter.au@icloud.com",
          note="Foreign mobile number; E.164 with +61."))

M(id="e032", style="gmail", frm=("Tiffany Nguyen", "tiffany.nguyen.ux@gmail.com"), to=INFO,
  subject="Unsubscribe Zalo OA + delete data giúp em",
  date="Mon, 16 Feb 2026 19:52:08 +0700",
  body="""Hi bên mình,

Em là Nguyễn Hoàng Bảo Trân (Tiffany). Tháng trước em có để lại thông tin ở booth của Thịnh Trí tại Startup Day để nhận tài liệu, từ đó em bị add vào Zalo OA và nhận tin nhắn gần như mỗi ngày.

Em không có nhu cầu nữa ạ. Nhờ bên mình remove em khỏi Zalo OA, email list và delete luôn data của em trong CRM (tên, số 0931 486 725, email này). Confirm giúp em khi xong nha.

Thanks,
Tiffany""",
  label=L("deletion_request", "mixed", "Nguyễn Hoàng Bảo Trân", "+84931486725", "tiffany.nguyen.ux@gmail.com",
          note="From and signature use the English name 'Tiffany'; full Vietnamese name only in the body."))

M(id="e033", style="gmail", frm=("Nathan Hughes", "nathan.hughes77@gmail.com"), to=SUPPORT,
  subject="Re: Refund confirmation - visa extension service",
  date="Wed, 11 Mar 2026 10:33:50 +0700",
  reply_to_id="<e41b7a09-6d2c-48f3-b915-0c7a3e5f2d84@thinhtrigroup.com>",
  body="""Hi Ms. Tam,

That's not good enough. Your email of 20 February said the refund of 3,500,000 VND would be transferred "within 5 working days". It is now 11 March and nothing has arrived. I cancelled the service because your team missed the submission date and I had to do a visa run to Bangkok at my own expense.

Please send me proof of the transfer by Friday, or I will take this to the HCMC Bar Association.

Nathan Hughes
0908 274 619""",
  quote=dict(intro="On Fri, Feb 20, 2026 at 3:12 PM Thinh Tri Group <support@thinhtrigroup.com> wrote:",
             text="""Dear Mr. Hughes,

We confirm that your cancellation has been accepted. A refund of 3,500,000 VND will be transferred to your account within 5 working days.

Should you need further assistance, please call our hotline 1800 63 65.

Best regards,
Ngo Thanh Tam
Customer Care | Thinh Tri Legal
57-59 Vo Thi Sau, Vo Thi Sau Ward, District 3, HCMC"""),
  label=L("complaint", "en", "Nathan Hughes", "+84908274619", "nathan.hughes77@gmail.com",
          note="Reply; only the top part is new. 'Cancelled the service' is not a data request; quoted firm text has the hotline and address."))

M(id="e034", style="owa", frm=("Khổng Minh Nguyệt", "nguyetkm@outlook.com.vn"), to=SUPPORT, owa_box="SEZPR04MB",
  subject="FW: Xác nhận đăng ký tư vấn",
  date="Wed, 25 Feb 2026 09:06:41 +0700",
  body="""Chào bên hỗ trợ,

Em chuyển tiếp email xác nhận em nhận được hôm qua. Tên em bị ghi là "Khổng Minh Nguyêt" (thiếu dấu nặng) và số điện thoại ghi 0978 315 260, đúng là 0978 351 260. Em sợ sau này luật sư gọi không được nên nhờ bên mình sửa lại trong hệ thống giúp em ạ.

Khổng Minh Nguyệt

________________________________
From: Thịnh Trí Group <info@thinhtrigroup.com>
Sent: Tuesday, February 24, 2026 4:18 PM
To: nguyetkm@outlook.com.vn <nguyetkm@outlook.com.vn>
Subject: Xác nhận đăng ký tư vấn

Kính gửi chị Khổng Minh Nguyêt,

Thịnh Trí Group xác nhận đã nhận đăng ký tư vấn của chị về lĩnh vực: Hôn nhân - Gia đình.
Số điện thoại liên hệ: 0978 315 260
Thời gian dự kiến: 10h00 ngày 27/02/2026 tại 57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM.

Mọi thắc mắc vui lòng gọi hotline 1800 63 65.

Trân trọng,
Bộ phận Chăm sóc khách hàng""",
  label=L("correction_request", "vi", "Khổng Minh Nguyệt", "+84978351260", "nguyetkm@outlook.com.vn",
          note="Forward; the firm's quoted confirmation has the misspelled name and the wrong number 0978 315 260. Contact phone is the corrected one."))

M(id="e035", style="outlook", frm=("Mẫn Thị Thanh Xuân", "xuan.man@hoangtuanlogistics.vn"), to=INFO,
  subject="Đề nghị báo giá dịch vụ tuân thủ Luật Bảo vệ dữ liệu cá nhân",
  date="Tue, 17 Feb 2026 15:28:04 +0700",
  body="""Kính gửi Công ty Luật Thịnh Trí,

Công ty CP Giao nhận Hoàng Tuấn (khoảng 350 nhân sự, 12.000 khách hàng cá nhân) đang rà soát việc tuân thủ Luật Bảo vệ dữ liệu cá nhân có hiệu lực từ 01/01/2026. Chúng tôi cần đơn vị tư vấn hỗ trợ:

1. Rà soát hiện trạng thu thập, lưu trữ, chia sẻ dữ liệu cá nhân của khách hàng và người lao động;
2. Lập hồ sơ đánh giá tác động xử lý dữ liệu cá nhân và hồ sơ chuyển dữ liệu ra nước ngoài (chúng tôi dùng phần mềm quản lý vận đơn của đối tác Singapore);
3. Soạn chính sách bảo mật, mẫu văn bản chấp thuận và quy trình xử lý yêu cầu truy cập, chỉnh sửa, xóa dữ liệu của chủ thể dữ liệu.

Đề nghị Quý Công ty gửi đề xuất phạm vi công việc, thời gian thực hiện và phí dịch vụ trước ngày 27/02/2026.

Trân trọng,
Mẫn Thị Thanh Xuân
Trưởng phòng Pháp chế - Tuân thủ
Công ty CP Giao nhận Hoàng Tuấn
Di động: 0916 258 473""",
  label=L("service_request", "vi", "Mẫn Thị Thanh Xuân", "+84916258473", "xuan.man@hoangtuanlogistics.vn",
          note="Full of privacy terms (truy cập, chỉnh sửa, xóa dữ liệu) but it is a B2B request for compliance services."))

M(id="e036", style="bulk", frm=("Takeshi Mori", "t.mori@morisangyo-vn.com"), to=SUPPORT,
  subject="Automatic reply: Draft Data Processing Agreement - comments from Thinh Tri",
  date="Mon, 09 Mar 2026 11:02:47 +0700",
  message_id="<TYAPR01MB6331E2B0A14C7D9F58C2A0B1@TYAPR01MB6331.jpnprd01.prod.outlook.com>",
  reply_to_id="<0f6d2b91-8e47-4c35-a1d9-7b3e5c20f864@thinhtrigroup.com>",
  headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: t.mori@morisangyo-vn.com",
           "X-Auto-Response-Suppress: All", "Content-Language: en-US"],
  raw_body=ooo_en_body,
  label=L("unknown", "en", auto=True,
          note="Out-of-office reply to the firm's mail about a Data Processing Agreement; mentions personal data and gives a colleague's phone and email."))

M(id="e037", style="gmail", frm=("Nghiêm Xuân Trường", "nghiemxtruong@gmail.com"), to=SUPPORT,
  subject="Đã yêu cầu xóa số mà vẫn bị gọi - đề nghị giải trình",
  date="Thu, 19 Feb 2026 08:15:22 +0700",
  body="""Kính gửi Công ty,

Ngày 05/02/2026 tôi đã gửi email yêu cầu Công ty xóa số điện thoại 0975 683 120 của tôi khỏi danh sách chăm sóc khách hàng và đã nhận được thư trả lời "sẽ xử lý trong 72 giờ".

Vậy mà từ đó đến nay tôi vẫn nhận thêm 4 cuộc gọi mời dịch vụ, cuộc gần nhất sáng nay lúc 7h40. Như vậy yêu cầu của tôi đã bị phớt lờ, hoặc thông tin của tôi đã được chuyển cho bộ phận hay đơn vị khác.

Tôi đề nghị Công ty giải trình bằng văn bản: vì sao yêu cầu không được thực hiện, ai đang nắm số của tôi, và đến khi nào các cuộc gọi chấm dứt hẳn. Nếu còn tiếp diễn tôi sẽ gửi đơn tới cơ quan chức năng.

Nghiêm Xuân Trường""",
  label=L("complaint", "vi", "Nghiêm Xuân Trường", "+84975683120", "nghiemxtruong@gmail.com",
          note="An earlier deletion request was ignored; this mail demands an explanation, so complaint rather than a new deletion request."))

M(id="e038", style="gmail", frm=("Âu Thị Kim Phượng", "kimphuong.au@gmail.com"), to=INFO,
  subject="Re: Hỏi về trợ cấp khi bị cho nghỉ việc do cắt giảm",
  date="Tue, 03 Feb 2026 12:10:36 +0700",
  reply_to_id="<CAKp7qV3Yd2hR_0aWm9uFz8TnE4cLx6gBs1jQo5iNvHtUe2yMkA@mail.gmail.com>",
  body="""Dạ em gửi lại lần 2 ạ, không biết anh chị đã nhận được mail trước của em chưa. Công ty em hẹn ngày 10/02 phải ký biên bản thanh lý rồi, em mong được tư vấn trước ngày đó. Nếu tư vấn có tính phí thì em vẫn đồng ý ạ.

Em cảm ơn.
Kim Phượng""",
  quote=dict(intro="Vào Th 2, 26 thg 1, 2026 vào lúc 21:47 Âu Thị Kim Phượng <kimphuong.au@gmail.com> đã viết:",
             text="""Chào anh chị,
Em là Âu Thị Kim Phượng, làm kế toán 6 năm ở một công ty may tại Bình Dương cũ. Công ty thông báo cắt giảm 30% nhân sự do mất đơn hàng và đưa em vào danh sách, chỉ trả 1 tháng lương gọi là hỗ trợ.
Em muốn hỏi trường hợp này công ty phải trả những khoản gì (trợ cấp mất việc, trợ cấp thôi việc, tiền báo trước...), và em có nên ký biên bản không.
SĐT của em: 0869 425 371.
Em cảm ơn ạ."""),
  label=L("service_request", "vi", "Âu Thị Kim Phượng", "+84869425371", "kimphuong.au@gmail.com",
          note="Follow-up quoting her own unanswered first mail (phone only in the quote); impatient but not a complaint."))

M(id="e039", style="gmail", frm=("Calvin Doan", "calvin.doan.sg@gmail.com"), to=SUPPORT,
  subject="Re: Xác minh thông tin trước khi cung cấp dữ liệu",
  date="Thu, 12 Mar 2026 13:44:09 +0700",
  reply_to_id="<c8e2a417-3f90-4b6d-8d21-5a7f0e9b3c62@thinhtrigroup.com>",
  body="""Hi chị Thảo,

Em gửi info để verify như chị yêu cầu:
- Họ tên: Đoàn Khải Minh
- 4 số cuối CCCD: 6021
- Dịch vụ đã dùng: tư vấn mua nhà ở Thảo Điền, tháng 9/2025

Nhờ chị gửi em bản copy toàn bộ thông tin cá nhân bên mình đang lưu về em (gồm hồ sơ scan và email trao đổi) qua email này nha. Có gì chị gọi em 0792 318 647.

Thanks chị,
Calvin (Khải Minh)""",
  quote=dict(intro="On Wed, 11 Mar 2026 at 10:24, Thịnh Trí Group <support@thinhtrigroup.com> wrote:",
             text="""Chào anh Minh,

Thịnh Trí Group đã nhận được yêu cầu của anh về việc cung cấp bản sao dữ liệu cá nhân. Để bảo đảm an toàn thông tin, anh vui lòng phản hồi email này với họ tên đầy đủ, 4 số cuối CCCD và dịch vụ đã sử dụng.

Trân trọng,
Phan Thu Thảo
Bộ phận CSKH - Công ty Hệ Thống Luật TNHH Thịnh Trí
Hotline: 1800 63 65"""),
  label=L("access_request", "mixed", "Đoàn Khải Minh", "+84792318647", "calvin.doan.sg@gmail.com",
          note="Reply to the firm's identity-verification mail; the new part repeats the access request. From shows 'Calvin Doan'."))

M(id="e040", style="tbird", frm=("Jason Liu", "jason.liu@asia-regcenter.cn"), to=INFO, cte="7bit",
  subject="thinhtrigroup Brand Name Registration (Notice)",
  date="Wed, 04 Mar 2026 16:27:33 +0800",
  body="""Dear CEO,

(If you are not the person who is in charge of this, please forward this to your CEO, because this is urgent. Thanks)

We are a Network Service Company which is the domain name registration center in Shanghai, China. On March 2, 2026, we received an application from "Huaxin Holdings Ltd" requesting "thinhtrigroup" as their internet keyword and China (CN) domain names (thinhtrigroup.cn, thinhtrigroup.com.cn, thinhtrigroup.net.cn, thinhtrigroup.org.cn).

After checking it, we find this name conflicts with your company name or trademark. In order to deal with this matter better, we send you this email and confirm whether this company is your distributor or business partner in China or not. If we do not receive your reply within 7 workdays, we will approve their application.

Best Regards,

Jason Liu | Service & Operations Manager
China Registry (Headquarters)
Tel: +86-21-6191 8696 | Fax: +86-21-6191 8697""",
  label=L("unknown", "en", "Jason Liu", "+862161918696", "jason.liu@asia-regcenter.cn",
          note="Domain-registration scam; mentions the firm's brand and trademark but is spam. The fax number is not the contact phone."))

# ================================================================== e041 .. e050
M(id="e041", style="owa", html_only=True, frm=("Ji-woo Park", "jiwoo.park88@outlook.com"), to=SUPPORT, owa_box="PS2PR02MB",
  subject="Please update my phone number",
  date="Fri, 20 Feb 2026 16:55:03 +0700",
  body="""Hello,

I am a client of your corporate team (company: Seoul Bakery House Co., Ltd.).

My Korean number +82 10-4417-2093 is no longer in use since I moved to Vietnam permanently. Please change it in your records to my new Vietnamese number 0338 547 196. Everything else stays the same.

Thank you,
Park Ji-woo""",
  label=L("correction_request", "en", "Park Ji-woo", "+84338547196", "jiwoo.park88@outlook.com",
          note="HTML-only. Old Korean number also present; contact is the new Vietnamese number. Name is written surname-first in the signature."))

M(id="e042", style="iphone", frm=("Danh Huynh", "danhhuynh.ct@icloud.com"), to=INFO, ios="22D82",
  subject="xoa thong tin",
  date="Sun, 22 Feb 2026 21:40:16 +0700",
  body="""chao cong ty
toi chi goi hoi gia dich vu sang ten so do hoi thang 12 chu chua ky hop dong gi. vay ma ben minh luu so toi roi nhan tin quang cao hoai.
lam on xoa ten va sdt 0345 209 816 cua toi khoi danh sach, khong can goi lai.
Huynh Cong Danh

Gửi từ iPhone của tôi""",
  label=L("deletion_request", "vi", "Huynh Cong Danh", "+84345209816", "danhhuynh.ct@icloud.com",
          note="'Sang tên sổ đỏ' was the original enquiry; the request now is to delete his data."))

M(id="e043", style="iphone", frm=("Giang Thị Thu Hà", "thuha.giang@icloud.com"), to=SUPPORT, ios="23C71",
  subject="Thất lạc bản gốc giấy tờ đã giao cho công ty",
  date="Tue, 24 Feb 2026 17:18:54 +0700",
  body="""Kính gửi Công ty,

Ngày 08/01 tôi giao cho nhân viên tên Hưng bản gốc giấy chứng nhận quyền sử dụng đất và hợp đồng mua bán viết tay để làm thủ tục sang tên, có ký nhận bằng tay trên giấy. Hôm nay tôi đến văn phòng lấy lại thì được báo anh Hưng đã nghỉ việc và không ai tìm thấy hồ sơ của tôi.

Đây là giấy tờ nhà đất của cả gia đình. Tôi yêu cầu Công ty trong vòng 3 ngày phải tìm và trả lại đủ hồ sơ gốc, đồng thời có văn bản giải thích. Nếu không tôi sẽ trình báo công an.

Giang Thị Thu Hà
0962 730 158

Gửi từ iPhone của tôi""",
  label=L("complaint", "vi", "Giang Thị Thu Hà", "+84962730158", "thuha.giang@icloud.com"))

M(id="e044", style="bulk", frm=("CloudViet Support", "hotro@cloudviet.vn"), to=INFO,
  subject="[#CV-558214] Đã tiếp nhận yêu cầu / Request received: Gia hạn chứng chỉ SSL thinhtrigroup.com",
  date="Thu, 26 Feb 2026 10:05:31 +0700",
  message_id="<ticket-558214-1772075131@hotro.cloudviet.vn>",
  headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply", "X-Mailer: CloudViet Helpdesk 4.2"],
  raw_body=ticket_body,
  label=L("unknown", "mixed", auto=True,
          note="Bilingual helpdesk auto-acknowledgement of the firm's own ticket; has a vendor hotline."))

M(id="e045", style="outlook", frm=("Phòng Kế toán - Nội thất An Gia", "ketoan@noithatangia.vn"), to=INFO,
  subject="Nhờ tư vấn thu hồi công nợ khách hàng chây ì",
  date="Fri, 27 Feb 2026 11:32:47 +0700",
  body="""Kính gửi Công ty Luật Thịnh Trí,

Tôi là Diệp Thế Hùng, Giám đốc Công ty TNHH Nội thất An Gia. Tôi mượn hộp thư của phòng kế toán để gửi cho nhanh vì chứng từ đều ở đây.

Một khách hàng doanh nghiệp còn nợ chúng tôi 486 triệu đồng tiền thi công nội thất văn phòng, đã quá hạn thanh toán 7 tháng, có đủ hợp đồng, biên bản nghiệm thu và hóa đơn. Bên đó cứ hẹn lần hẹn lữa. Tôi cần Công ty tư vấn nên gửi thư đòi nợ của luật sư, khởi kiện ra tòa hay yêu cầu trọng tài, chi phí và thời gian dự kiến ra sao.

Xin phản hồi trực tiếp về email riêng của tôi: diepthehung.angia@gmail.com, hoặc gọi 0983 512 407. Hộp thư kế toán nhiều người dùng chung nên tôi không tiện theo dõi.

Trân trọng,
Diệp Thế Hùng""",
  label=L("service_request", "vi", "Diệp Thế Hùng", "+84983512407", "diepthehung.angia@gmail.com",
          note="Sent from a shared accounting mailbox; the sender asks to be answered at his personal email given in the body."))

M(id="e046", style="yahoo", frm=("Ninh Thị Hồng Vân", "hongvan.ninh@yahoo.com"), to=SUPPORT,
  subject="Sửa địa chỉ email trong hồ sơ",
  date="Mon, 02 Mar 2026 15:47:20 +0700",
  body="""Kính gửi bộ phận hỗ trợ,

Tôi là Ninh Thị Hồng Vân, đang làm hồ sơ xin giấy phép kinh doanh dịch vụ lữ hành nội địa qua Công ty. Hôm nay gọi lên tổng đài tôi mới biết Công ty đã gửi 2 email yêu cầu bổ sung hồ sơ từ tuần trước, nhưng lại gửi tới địa chỉ hongvan.nihn@yahoo.com (gõ nhầm "nh" thành "hn").

Đề nghị Công ty sửa lại địa chỉ email trong hồ sơ của tôi thành hongvan.ninh@yahoo.com và gửi lại các email trên. Số điện thoại 0914 086 352 vẫn giữ nguyên.

Cảm ơn.
Ninh Thị Hồng Vân""",
  label=L("correction_request", "vi", "Ninh Thị Hồng Vân", "+84914086352", "hongvan.ninh@yahoo.com",
          note="The mistyped address hongvan.nihn@yahoo.com also appears; the contact is the correct one (same as From)."))

M(id="e047", style="gmail", frm=("Bao Long", "baolong.tieu@gmail.com"), to=INFO,
  subject="Re: Xác nhận lịch hẹn tư vấn ngày 05/03/2026",
  date="Tue, 03 Mar 2026 22:51:30 +0700",
  reply_to_id="<2a9d4f71-c0e8-4b53-97a6-e18f5d3b0c29@thinhtrigroup.com>",
  body="""ok e nhận đc r, cảm ơn chị""",
  quote=dict(intro="Vào Th 3, 3 thg 3, 2026 vào lúc 17:02 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:",
             text="""Kính gửi anh Long,

Thịnh Trí Group xác nhận lịch hẹn tư vấn của anh vào lúc 14h00 thứ Năm, ngày 05/03/2026 tại văn phòng 57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM. Anh vui lòng mang theo căn cước và các giấy tờ liên quan.

Nếu cần đổi lịch, xin gọi hotline 1800 63 65.

Trân trọng,
Lê Hải Yến
Lễ tân - Thịnh Trí Group"""),
  label=L("unknown", "vi", "Bao Long", None, "baolong.tieu@gmail.com",
          note="Bare acknowledgement above the firm's quoted appointment confirmation; no request. Name only from the From display name; quoted hotline and address are the firm's."))

M(id="e048", style="zimbra", html_only=True, frm=("Tôn Nữ Minh Thư", "thu.tonnu@hueuni.edu.vn"), to=INFO,
  subject="Về thông tin tôi gửi nhầm qua form trên website",
  date="Thu, 05 Mar 2026 07:36:12 +0700",
  body="""Kính gửi Công ty Thịnh Trí,

Tối 04/03 tôi định gửi hồ sơ đăng ký khóa học ở một trung tâm khác nhưng mở nhầm tab, điền và gửi vào form "Đăng ký tư vấn" trên thinhtrigroup.com, kèm ảnh chụp hai mặt căn cước và số tài khoản ngân hàng. Tôi không có nhu cầu sử dụng dịch vụ pháp lý.

Mong Công ty loại bỏ toàn bộ thông tin và hình ảnh tôi đã gửi ra khỏi hệ thống, không chuyển cho bộ phận tư vấn liên hệ, và phản hồi giúp tôi khi đã xử lý xong.

Trân trọng,
Tôn Nữ Minh Thư
ĐT: 0935 462 718""",
  label=L("deletion_request", "vi", "Tôn Nữ Minh Thư", "+84935462718", "thu.tonnu@hueuni.edu.vn",
          note="HTML-only; polite request to 'loại bỏ' data sent by mistake, deletion without the word 'xóa'."))

M(id="e049", style="tbird", frm=("Claire Dubois", "claire.dubois@lumiere-consult.fr"), to=SUPPORT,
  subject="Invoice TT-2026-0317 - inflated hours again",
  date="Mon, 16 Mar 2026 09:12:44 +0700",
  body="""Hello,

I have just received invoice no. TT-2026-0317 for "legal consultation - 6.5 hours" on the renewal of our business licence. Going through the attached timesheet, at least 2 hours are billed as "reviewing client correspondence" on days when the only emails I sent were two-line questions, and one entry is for an email that was clearly your system's automatic acknowledgement.

This is the second time the hours on my invoice have been inflated. I am asking for a corrected invoice with an itemised breakdown, and a call with the partner in charge before I pay anything.

Regards,
Claire Dubois
Managing Director, Lumière Consulting Vietnam
+84 28 3636 9125""",
  label=L("complaint", "en", "Claire Dubois", "+842836369125", "claire.dubois@lumiere-consult.fr",
          note="'Corrected invoice' is about billing, not a personal-data correction."))

M(id="e050", style="gmail", frm=("Triệu Thị Bích Liên", "bichlien.trieu@gmail.com"), to=SUPPORT,
  subject="Sửa năm sinh trong phiếu thông tin khách hàng",
  date="Fri, 20 Mar 2026 10:26:57 +0700",
  body="""Dạ em chào chị,

Em là Triệu Thị Bích Liên, đang làm hồ sơ nhận con nuôi với bên mình. Em xem lại phiếu thông tin khách hàng chị gửi để ký xác nhận thì năm sinh của em bị ghi là 1958, đúng ra là 1985 ạ. Chắc lúc nhập bị đảo số.

Chị sửa giúp em trong hệ thống rồi gửi lại phiếu để em ký nha. SĐT của em 0376 150 829.

Em cảm ơn chị!
Bích Liên""",
  label=L("correction_request", "vi", "Triệu Thị Bích Liên", "+84376150829", "bichlien.trieu@gmail.com"))
