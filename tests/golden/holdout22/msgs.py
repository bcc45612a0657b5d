# -*- coding: utf-8 -*-
"""Message data for holdout22 (new people/stories; same firm as the corpus)."""
from datetime import datetime, timedelta, timezone

INFO, SUP = 'info@thinhtrigroup.com', 'support@thinhtrigroup.com'
FIRM_SIG = ('Công ty Hệ Thống Luật TNHH Thịnh Trí\n'
            '57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM')


def D(s, tz='+0700'):
    h, m = int(tz[1:3]), int(tz[3:5])
    off = timedelta(hours=h, minutes=m) * (1 if tz[0] == '+' else -1)
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=timezone(off)).strftime('%a, %d %b %Y %H:%M:%S %z')


def L(cat, lang, name=None, phone=None, email=None, address=None, note=None, auto=False):
    d = {'category': cat, 'automated': auto, 'language': lang,
         'contact': {'name': name, 'phone': phone, 'email': email, 'address': address}}
    if note:
        d['note'] = note
    return d


def Q(text):
    return '\n'.join('> ' + ln if ln else '>' for ln in text.split('\n'))


AUTO = L('unknown', 'vi', auto=True)
MSGS = []
add = MSGS.append

# f001
add(dict(style='gmail', cte='base64', **{'from': ('Mai Quốc Bảo', 'maiquocbao.tn@gmail.com')},
    subject='Hỏi thủ tục xóa án tích để đi xin việc', date=D('2026-04-06 21:14:52'),
    text='''Chào anh chị luật sư,

Em tên là Mai Quốc Bảo, 29 tuổi, quê Thái Nguyên. Năm 2019 em bị tuyên 9 tháng tù cho hưởng án treo về tội đánh bạc, đã chấp hành xong từ lâu và nộp đủ án phí.

Sắp tới em nộp hồ sơ vào một công ty logistics, bên đó yêu cầu phiếu lý lịch tư pháp số 1. Em muốn hỏi:
1. Trường hợp của em đã đương nhiên được xóa án tích chưa, hay phải làm đơn?
2. Nếu phải làm thủ tục thì nộp ở đâu, mất bao lâu?
3. Bên mình có nhận làm hộ không, phí bao nhiêu ạ?

Anh chị gọi em số 0357 284 619 hoặc nhắn Zalo số này đều được ạ.

Em cảm ơn nhiều.
Mai Quốc Bảo''',
    label=L('service_request', 'vi', 'Mai Quốc Bảo', '+84357284619', 'maiquocbao.tn@gmail.com',
            note="'Xóa án tích' is expungement of a criminal record (a legal service), not a request to delete personal data.")))

# f002
add({'style': 'gmail', 'from': ('Lan Anh Ngo', 'ngolananh.spa@gmail.com'), 'to': SUP,
     'subject': 'Phan nan ve ho so thanh lap cong ty bi thieu nganh nghe', 'date': D('2026-04-07 13:41:09'),
     'text': '''Gui cong ty Thinh Tri,
Toi la Ngo Thi Lan Anh. Thang 3 toi thue ben anh chi lam tron goi thanh lap cong ty TNHH kinh doanh spa va my pham, da thanh toan du 6.500.000d.
Khi nhan giay chung nhan dang ky doanh nghiep toi moi thay thieu ma nganh ban le my pham, trong khi toi da ghi ro trong phieu thong tin gui nhan vien. Bay gio ben anh chi bao phai nop ho so bo sung va tinh them 1.500.000d. Loi la cua ben anh chi chu khong phai cua toi.
Toi de nghi cong ty bo sung nganh nghe mien phi va tra loi bang email trong tuan nay. Neu khong toi se danh gia cong khai tren cac trang review.
Ngo Thi Lan Anh
0912.447.093''',
     'label': L('complaint', 'vi', 'Ngo Thi Lan Anh', '+84912447093', 'ngolananh.spa@gmail.com')})

# f003
add({'style': 'thunderbird', 'from': ('Olivia Tremblay', 'o.tremblay@videotron.ca'),
     'subject': 'Erasure of my personal data (file closed)', 'date': D('2026-04-08 18:02:37', '-0400'),
     'headers': ['User-Agent: Mozilla Thunderbird'],
     'text': '''Hello,

Between March and June 2025 your office advised me on a dispute with my former landlord in Thao Dien. I have since moved back to Canada and no longer need your services.

I would like all personal information you hold about me to be erased: my passport and visa scans, the lease and the photos of the apartment I sent, my Vietnamese phone number and my correspondence with your lawyer. If some records must be kept for accounting reasons, please tell me which ones and for how long.

A short confirmation by email is enough.

Regards,
Olivia Tremblay
2187 Rue Saint-Denis, Montréal, QC H2X 3K8, Canada''',
     'label': L('deletion_request', 'en', 'Olivia Tremblay', None, 'o.tremblay@videotron.ca',
                '2187 Rue Saint-Denis, Montréal, QC H2X 3K8, Canada',
                'Mentions her phone number without giving it, so phone is null; address is abroad.')})

# f004
add({'style': 'plain', 'from': ('Phòng Pháp chế - Dược phẩm Hòa Bình Xanh', 'phapche@hoabinhxanhpharma.vn'),
     'subject': 'Re: Hợp đồng dịch vụ pháp lý thường xuyên năm 2026', 'date': D('2026-04-09 08:03:11'),
     'headers': ['In-Reply-To: <5d1c9a20-7be4-41f2-9c3e-0a8e1f55b7c2@thinhtrigroup.com>',
                 'References: <5d1c9a20-7be4-41f2-9c3e-0a8e1f55b7c2@thinhtrigroup.com>',
                 'Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
     'text': '''Kính gửi Quý đối tác,

Hệ thống đã nhận được email của Quý đối tác và tạo phiếu yêu cầu số #HBX-26-04417. Bộ phận Pháp chế sẽ phản hồi trong vòng 03 ngày làm việc.

Đây là thư tự động, vui lòng không trả lời thư này.

Phòng Pháp chế - Công ty CP Dược phẩm Hòa Bình Xanh
Tổng đài: 1900 6418''',
     'label': L('unknown', 'vi', auto=True,
                note="Ticket auto-acknowledgement; subject looks like a human 'Re:' reply, only Auto-Submitted and the body show it is automatic.")})

# f005
add({'style': 'outlook', 'from': ('Park Ji-hoon', 'jh.park@seorakfood.co.kr'),
     'subject': 'Setting up a Korean BBQ restaurant company in HCMC', 'date': D('2026-04-09 10:26:44'),
     'headers': ['X-Mailer: Microsoft Outlook 16.0'],
     'text': '''Dear Sir/Madam,

My name is Park Ji-hoon. Together with two Korean partners I plan to open a BBQ restaurant in Thu Duc, and we would like to set up a 100% foreign-owned company for it.

Could you advise on:
- the investment registration and enterprise registration steps, and realistic timing;
- what level of charter capital is expected for F&B;
- whether we need a separate licence for selling alcohol;
- your fee for the whole package.

I am in Ho Chi Minh City until 20 May and can meet at your office. My Vietnamese mobile is 0908 123 374.

Best regards,
Park Ji-hoon
Director, Seorak Food Co., Ltd.''',
     'label': L('service_request', 'en', 'Park Ji-hoon', '+84908123374', 'jh.park@seorakfood.co.kr')})

# f006
add({'style': 'owa', 'from': ('Quách Thị Mỹ Duyên', 'myduyen.quach@outlook.com'),
     'subject': 'Đề nghị cung cấp bản sao dữ liệu cá nhân Công ty đang lưu', 'date': D('2026-04-10 15:48:02'),
     'text': '''Kính gửi Công ty Hệ Thống Luật TNHH Thịnh Trí,

Tôi là Quách Thị Mỹ Duyên, đã sử dụng dịch vụ tư vấn tranh chấp thừa kế của Công ty từ tháng 9 đến tháng 11/2025.

Để lưu trữ cá nhân, tôi đề nghị Công ty cho biết hiện đang lưu những dữ liệu nào liên quan đến tôi (giấy tờ tùy thân, biên bản các buổi làm việc, ghi âm cuộc gọi nếu có) và gửi cho tôi một bản sao điện tử.

Thông tin liên hệ của tôi:
Điện thoại: 0939 507 182
Địa chỉ: 21 Phan Đình Phùng, Phường Long Xuyên, tỉnh An Giang

Trân trọng,
Quách Thị Mỹ Duyên''',
     'label': L('access_request', 'vi', 'Quách Thị Mỹ Duyên', '+84939507182', 'myduyen.quach@outlook.com',
                '21 Phan Đình Phùng, Phường Long Xuyên, tỉnh An Giang', 'HTML-only message (no text/plain part).')})

# f007
add({'style': 'oe1258', 'from': ('Tạ Văn Lộc', 'tavanloc58@vnn.vn'),
     'subject': 'Đính chính năm sinh và số giấy tờ', 'date': D('2026-04-11 07:55:30'),
     'msgid': '<001a01dcc9b2$4e7d2a10$0301a8c0@LOC-PC>',
     'headers': ['X-Priority: 3', 'X-MSMail-Priority: Normal',
                 'X-Mailer: Microsoft Outlook Express 6.00.2900.5931',
                 'X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157'],
     'text': '''Kính gửi Công ty Thịnh Trí,

Tôi là Tạ Văn Lộc, đang nhờ Công ty làm hồ sơ tặng cho căn nhà ở Biên Hòa cho con gái.

Hôm qua cháu ngoại đọc giúp bản dự thảo hợp đồng Công ty gửi thì thấy ghi năm sinh của tôi là 1956, đúng ra là 1958. Số căn cước cũng ghi sai hai số cuối, số đúng là 075058004127. Nhờ Công ty sửa lại trong hồ sơ và trong hợp đồng trước khi ra công chứng.

Có gì xin gọi số nhà tôi (0251) 3822 157.

Tạ Văn Lộc''',
     'label': L('correction_request', 'vi', 'Tạ Văn Lộc', '+842513822157', 'tavanloc58@vnn.vn',
                note='windows-1258 with combining tone marks (compare after NFC). The 12-digit ID number is not a phone; the contact phone is the landline.')})

# f008
add({'style': 'gmail', 'from': ('Nam Luong', 'nam.luong@tiemtramay.vn'),
     'subject': 'Đăng ký trademark ra nước ngoài (Madrid) cho brand trà', 'date': D('2026-04-13 11:09:27'),
     'text': '''Hi team Thịnh Trí,

Mình là Lương Hoài Nam, founder của Tiệm Trà Mây - chuỗi trà sữa 12 store ở Sài Gòn. Brand đã được cấp văn bằng nhãn hiệu ở VN năm 2024.

Năm sau bên mình plan mở franchise sang Cambodia và Úc nên muốn file trademark qua hệ thống Madrid. Nhờ team tư vấn giúp:
- Nên chỉ định những nước nào, class nào là đủ;
- Timeline và total cost (official fee + service fee);
- Có cần search trước ở từng nước không.

Có thể setup một cuộc call 20-30 phút tuần này. Số mình: +84 394 218 706.

Thanks & best regards,
Lương Hoài Nam
Founder, Tiệm Trà Mây''',
     'label': L('service_request', 'mixed', 'Lương Hoài Nam', '+84394218706', 'nam.luong@tiemtramay.vn')})

# f009
add({'style': 'gmail', 'from': ('Daniel Whitaker', 'dan.whitaker.vn@gmail.com'), 'to': SUP,
     'subject': 'Re: Invoice INV-2026-0412 - work permit renewal', 'date': D('2026-04-14 22:31:05'),
     'headers': ['In-Reply-To: <a3e0f6b1-22c4-4d8e-9f10-6b7d2c4e9a11@thinhtrigroup.com>',
                 'References: <a3e0f6b1-22c4-4d8e-9f10-6b7d2c4e9a11@thinhtrigroup.com>'],
     'text': '''Hi Ms. Ngoc,

This invoice is for 28,500,000 VND. The quote your colleague gave me in writing in February was 9,500,000 VND all-in for the renewal, and nobody mentioned any "urgent processing" surcharge or extra translation fees before the work was done.

I'm not paying three times the quoted amount. Please send me a corrected invoice in line with the quote, and I'd like someone senior to explain how this happened. You can reach me on 090 664 2718.

Daniel Whitaker

On Tue, 14 Apr 2026 at 10:05, Thinh Tri Support <support@thinhtrigroup.com> wrote:
''' + Q('''Dear Mr. Whitaker,

Please find attached invoice INV-2026-0412 for the renewal of your work permit. Payment is due within 7 days.

For any questions, please call our hotline 1800 63 65.

Best regards,
Vu Bich Ngoc
Accounts, Thinh Tri Legal
57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM'''),
     'label': L('complaint', 'en', 'Daniel Whitaker', '+84906642718', 'dan.whitaker.vn@gmail.com',
                note="Reply; only the top part is new. Quoted firm text carries the firm's hotline and address.")})

# f010
add({'style': 'outlook', 'from': ('Thân Thị Mỹ Linh', 'linh.than@dichthuatsaoviet.vn'),
     'subject': 'Báo giá dịch thuật công chứng ưu đãi cho văn phòng luật', 'date': D('2026-04-14 09:12:48'),
     'headers': ['X-Mailer: Microsoft Outlook 16.0'],
     'text': '''Kính gửi Quý Công ty,

Em là Thân Thị Mỹ Linh, nhân viên kinh doanh của Công ty TNHH Dịch thuật Sao Việt. Bên em chuyên dịch thuật công chứng hồ sơ pháp lý, hợp đồng, giấy tờ hộ tịch từ 40 ngôn ngữ, cam kết bảo mật thông tin tài liệu tuyệt đối và giao trả trong 24h.

Đặc biệt, các văn phòng luật ký hợp đồng khung trong tháng 5 được giảm 20% đơn giá và miễn phí hợp pháp hóa lãnh sự lần đầu.

Nếu Quý Công ty có nhu cầu, anh/chị vui lòng phản hồi email này hoặc liên hệ em qua số 0983 716 240 để nhận bảng giá chi tiết.

Trân trọng,
Thân Thị Mỹ Linh
Công ty TNHH Dịch thuật Sao Việt
Hotline: 1900 2727''',
     'label': L('unknown', 'vi', 'Thân Thị Mỹ Linh', '+84983716240', 'linh.than@dichthuatsaoviet.vn',
                note="Vendor sales pitch to the firm; her mobile is the contact phone, not the vendor hotline.")})

# f011
add({'style': 'gmail', 'from': ('Hồng Nhung Vi', 'hongnhung.vi89@gmail.com'),
     'subject': 'Đề nghị hủy hồ sơ tư vấn ly hôn', 'date': D('2026-04-15 06:40:18'),
     'text': '''Chào Công ty,

Tôi là Vi Thị Hồng Nhung. Cuối năm ngoái tôi có đến văn phòng tư vấn về việc ly hôn và để lại bản sao giấy đăng ký kết hôn, giấy khai sinh của hai cháu cùng một số thông tin về tài sản.

Hiện vợ chồng tôi đã hàn gắn, không tiến hành ly hôn nữa. Tôi không muốn những giấy tờ và thông tin này còn lưu ở bất cứ đâu, nhất là vì chồng tôi không biết chuyện tôi đi tư vấn. Đề nghị Công ty hủy toàn bộ hồ sơ, bản sao giấy tờ và thông tin liên lạc của tôi, và xin đừng gọi điện về nhà.

Khi xong, Công ty chỉ cần nhắn tin xác nhận vào số 0868 293 540 của tôi.

Cảm ơn Công ty.
Vi Thị Hồng Nhung''',
     'label': L('deletion_request', 'vi', 'Vi Thị Hồng Nhung', '+84868293540', 'hongnhung.vi89@gmail.com',
                note="Here 'hủy hồ sơ' means destroying her records (erasure), unlike 'hủy dịch vụ' (cancel a service).")})

# f012
add({'style': 'gmail', 'from': ('Kha Minh Tuấn', 'khaminhtuan.dt@gmail.com'),
     'to': '=?UTF-8?B?VGjhu4tuaCBUcsOtIEdyb3Vw?= <info@thinhtrigroup.com>',
     'subject': 'Re: Báo phí dịch vụ khai nhận di sản thừa kế', 'date': D('2026-04-16 20:17:43'),
     'headers': ['In-Reply-To: <0c7e55d2-8a41-4b6f-b1d3-77f2e9a4c018@thinhtrigroup.com>',
                 'References: <0c7e55d2-8a41-4b6f-b1d3-77f2e9a4c018@thinhtrigroup.com>'],
     'text': '''Chào anh Khang,

Tôi đã xem báo phí, đồng ý làm trọn gói khai nhận di sản mảnh đất của ba tôi ở Cao Lãnh. Mấy anh em trong nhà đã thống nhất để tôi đứng ra làm thủ tục.

Anh cho tôi biết cần chuẩn bị bản chính những giấy tờ gì và khi nào luật sư về Đồng Tháp gặp gia đình được. Tôi đang ở: Số 17, ấp Mỹ Hòa, xã Mỹ Trà, tỉnh Đồng Tháp. Điện thoại 0973 180 652.

Kha Minh Tuấn

Vào Th 5, 16 thg 4, 2026 vào lúc 14:32 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:
''' + Q('''Kính gửi anh Tuấn,

Theo trao đổi qua điện thoại, Công ty xin gửi anh báo phí dịch vụ khai nhận di sản thừa kế (quyền sử dụng đất) như file đính kèm. Phí trọn gói chưa bao gồm lệ phí trước bạ và phí công chứng.

Mọi thắc mắc anh vui lòng liên hệ hotline 1800 63 65 hoặc phản hồi email này.

Trân trọng,
Lê Hoàng Khang
''' + FIRM_SIG),
     'label': L('service_request', 'vi', 'Kha Minh Tuấn', '+84973180652', 'khaminhtuan.dt@gmail.com',
                'Số 17, ấp Mỹ Hòa, xã Mỹ Trà, tỉnh Đồng Tháp',
                "Reply; only the top part is new. Quoted firm signature holds the firm's hotline/address, not the sender's.")})

# f013
add({'style': 'bounce', 'from_raw': 'MAILER-DAEMON@mail.thinhtrigroup.com (Mail Delivery System)',
     'to': SUP, 'subject': 'Undelivered Mail Returned to Sender', 'date': D('2026-04-17 09:30:26'),
     'msgid': '<20260417093026.4B1E70A2C9@mail.thinhtrigroup.com>',
     'headers': ['Return-Path: <>', 'Auto-Submitted: auto-replied'],
     'rcpt': 'huynhngoctu.qn@yahoo.com', 'status': '5.0.0', 'mta': 'mta7.am0.yahoodns.net',
     'smtp': '554 delivery error: dd This user doesn\'t have a yahoo.com account (huynhngoctu.qn@yahoo.com) [0] - mta4010.mail.gq1.yahoo.com',
     'diag': ('host mta7.am0.yahoodns.net[67.195.204.77] said: 554 delivery error:\n'
              '    dd This user doesn\'t have a yahoo.com account (huynhngoctu.qn@yahoo.com)\n'
              '    [0] - mta4010.mail.gq1.yahoo.com (in reply to end of DATA command)'),
     'orig': {'from': ('Thịnh Trí Support', SUP), 'date': D('2026-04-17 09:30:21'),
              'subject': 'Xác nhận lịch gọi lại - hồ sơ đổi tên doanh nghiệp',
              'text': '''Chào chị Huỳnh Ngọc Tú,

Công ty đã nhận yêu cầu của chị. Luật sư phụ trách sẽ gọi lại cho chị theo số 0905 772 318 vào 9h00 sáng thứ Hai 20/04/2026 để trao đổi về hồ sơ đổi tên doanh nghiệp.

Nếu cần đổi giờ, chị vui lòng gọi hotline 1800 63 65.

Trân trọng,
''' + FIRM_SIG},
     'label': L('unknown', 'en', auto=True,
                note="Bounce of the firm's own reply; the embedded original contains a customer's name and phone, which are not contact data.")})

# f014
add({'style': 'owa_alt', 'from': ('Đặng Thị Bích Ngọc', 'bichngoc.dang@hotmail.com'), 'to': SUP,
     'subject': 'FW: Thông báo thu hồi nợ - khoản vay tiêu dùng', 'date': D('2026-04-23 08:52:10'),
     'text': '''Kính gửi Công ty,

Tôi chuyển tiếp email tôi nhận được chiều qua. Bên đòi nợ này nêu chính xác số tiền tôi đang tranh chấp với công ty tài chính và cả việc tôi "đang thuê luật sư Thịnh Trí" - điều mà tôi chỉ trao đổi trong buổi tư vấn ngày 08/04 tại văn phòng Công ty.

Tôi yêu cầu Công ty kiểm tra ngay ai đã tiết lộ thông tin vụ việc của tôi và trả lời bằng văn bản. Nếu thông tin bị lộ từ phía Công ty, tôi sẽ khiếu nại lên Đoàn Luật sư.

Đặng Thị Bích Ngọc
ĐT: 0847 352 916

________________________________
From: Phòng Thu hồi nợ Tín Phát <thuhoino@tinphat-collect.vn>
Sent: Wednesday, April 22, 2026 3:18 PM
To: bichngoc.dang@hotmail.com <bichngoc.dang@hotmail.com>
Subject: Thông báo thu hồi nợ - khoản vay tiêu dùng

Chị Đặng Thị Bích Ngọc,

Chúng tôi được biết chị đang thuê luật sư Thịnh Trí để trì hoãn nghĩa vụ trả khoản nợ 86.400.000 đồng. Việc này không thay đổi nghĩa vụ của chị. Đề nghị chị liên hệ ngay nhân viên phụ trách Nguyễn Văn Tài - 0923 615 004 trước ngày 25/04 để thống nhất phương án thanh toán.

Phòng Thu hồi nợ Tín Phát''',
     'label': L('complaint', 'vi', 'Đặng Thị Bích Ngọc', '+84847352916', 'bichngoc.dang@hotmail.com',
                note="Forwarded debt-collector email as evidence; its phone 0923 615 004 and staff name are not the sender's.")})

# f015
add({'style': 'iphone', 'from': ('Emily Carter', 'emily.carter.sgn@icloud.com'), 'to': SUP,
     'subject': 'Name change on my file', 'date': D('2026-04-17 12:06:55'),
     'headers': ['X-Mailer: iPhone Mail (22E240)'],
     'text': '''Hi,

I got married last month and have changed my surname. You have me on file as Emily Novak (residence card application, 2025). Could you update my name to Emily Carter in your records and on any documents you issue from now on? My passport has already been reissued in the new name and I can send a copy if needed.

Email and phone (0932 418 507) stay the same.

Thanks!
Emily

Sent from my iPhone''',
     'label': L('correction_request', 'en', 'Emily Carter', '+84932418507', 'emily.carter.sgn@icloud.com',
                note="Former name 'Emily Novak' also appears; the contact name is the new one.")})

# f016
add({'style': 'outlook', 'from': ('Tăng Quốc Huy', 'huy.tang@nhakhoasaomai.vn'),
     'subject': 'Tư vấn tuân thủ quy định bảo vệ dữ liệu cá nhân cho chuỗi nha khoa', 'date': D('2026-04-17 16:20:33'),
     'headers': ['X-Mailer: Microsoft Outlook 16.0'],
     'text': '''Kính gửi Công ty Luật Thịnh Trí,

Tôi là Tăng Quốc Huy, Trưởng phòng Hành chính - Pháp chế Hệ thống Nha khoa Sao Mai (9 phòng khám tại TP.HCM và Bình Dương cũ).

Chúng tôi đang lưu hồ sơ bệnh án, phim X-quang và thông tin liên lạc của khoảng 40.000 bệnh nhân. Ban Giám đốc muốn rà soát toàn bộ để tuân thủ quy định về bảo vệ dữ liệu cá nhân, gồm:
- Xây dựng chính sách bảo mật và mẫu văn bản đồng ý của bệnh nhân;
- Quy trình tiếp nhận, xử lý yêu cầu xem, chỉnh sửa, xóa dữ liệu của bệnh nhân;
- Hồ sơ đánh giá tác động xử lý dữ liệu cá nhân.

Đề nghị Công ty gửi đề xuất phạm vi công việc, thời gian và phí dịch vụ. Liên hệ: 0903 645 218.

Trân trọng,
Tăng Quốc Huy''',
     'label': L('service_request', 'vi', 'Tăng Quốc Huy', '+84903645218', 'huy.tang@nhakhoasaomai.vn',
                note='Company asks for data-protection compliance work; the access/correction/erasure vocabulary concerns its own patients, so it is a service request.')})

# f017
add({'style': 'gmail', 'from': ('Rahul Mehta', 'rahul.mehta.vn@gmail.com'),
     'subject': 'Request for a copy of my personal data', 'date': D('2026-04-18 10:44:16'),
     'text': '''Dear Thinh Tri Legal,

I worked as a production engineer at an electronics factory in Bac Ninh until last December. I understand your firm represented my former employer in the termination process, and that my employment file, medical certificates and internal emails were passed to your lawyers at that time.

I am not raising a dispute. I would simply like to know what personal data about me your firm holds, where it came from, and to receive a copy of it.

I can be reached at this email or on +84 888 306 715.

Kind regards,
Rahul Mehta''',
     'label': L('access_request', 'en', 'Rahul Mehta', '+84888306715', 'rahul.mehta.vn@gmail.com',
                note="Not the firm's client (the firm acted for his ex-employer); still an access request.")})

# f018
add({'style': 'gmail', 'attach': ('CV_KieuPhuongThao.pdf', 'application/pdf'),
     'from': ('Kiều Phương Thảo', 'kieuphuongthao.hlu@gmail.com'),
     'subject': 'Ứng tuyển Thực tập sinh pháp lý - Kiều Phương Thảo', 'date': D('2026-04-19 21:03:58'),
     'text': '''Kính gửi Phòng Nhân sự Công ty Hệ Thống Luật TNHH Thịnh Trí,

Em là Kiều Phương Thảo, sinh viên năm cuối Trường Đại học Luật Hà Nội, chuyên ngành Luật Kinh tế. Em được biết Công ty đang tuyển thực tập sinh pháp lý cho mùa hè 2026 tại văn phòng TP.HCM.

Em đã có 6 tháng thực tập tại một văn phòng công chứng và từng tham gia cuộc thi phiên tòa giả định cấp trường. Em xin gửi kèm CV và bảng điểm để Quý Công ty xem xét.

Em mong nhận được phản hồi từ Quý Công ty. Số điện thoại của em: 0366 914 285.

Trân trọng,
Kiều Phương Thảo''',
     'label': L('unknown', 'vi', 'Kiều Phương Thảo', '+84366914285', 'kieuphuongthao.hlu@gmail.com',
                note='Internship application with CV attached, not a customer request.')})

# f019
add({'style': 'gmail', 'from': ('Linh Ton', 'linhton.design@gmail.com'),
     'subject': 'Withdraw consent & xóa data của em', 'date': D('2026-04-20 23:47:31'),
     'text': '''Hi anh chị,

Em là Tôn Nữ Khánh Linh, tháng trước em có chat thử với bên mình qua Zalo OA để hỏi về hợp đồng freelance với client nước ngoài, có gửi kèm CCCD và mấy file contract.

Cuối cùng em không dùng service nên muốn withdraw consent luôn ạ. Anh chị delete giúp em toàn bộ data: CCCD, số phone, email, các file em đã gửi và lịch sử chat nha. Xong rồi confirm lại qua email này giúp em.

Thanks anh chị nhiều!
Khánh Linh''',
     'label': L('deletion_request', 'mixed', 'Tôn Nữ Khánh Linh', None, 'linhton.design@gmail.com',
                note="Full name only in the body (From display is 'Linh Ton'); no phone digits given.")})

# f020
add({'style': 'owa', 'from': ('Giang Văn Mạnh', 'manh.giangvan@outlook.com'), 'to': SUP,
     'subject': 'Khiếu nại luật sư vắng mặt tại phiên hòa giải', 'date': D('2026-04-21 17:58:40'),
     'text': '''Kính gửi Ban Giám đốc Công ty Thịnh Trí,

Tôi là Giang Văn Mạnh, khách hàng ký hợp đồng dịch vụ tranh tụng vụ tranh chấp hợp đồng thi công với Công ty từ tháng 1/2026.

Sáng 21/04/2026, Tòa án mở phiên hòa giải nhưng luật sư phụ trách không có mặt, cũng không báo trước cho tôi. Tôi phải tự trình bày và phía bên kia lợi dụng việc này để ép điều kiện. Gọi cho luật sư cả buổi chiều không liên lạc được.

Tôi đề nghị Công ty giải thích bằng văn bản, cử luật sư khác thay thế và xem xét giảm phí cho giai đoạn này.

Giang Văn Mạnh
Điện thoại: 0915 238 647
Địa chỉ: 45/12 Lê Văn Thọ, Phường An Hội Tây, TP.HCM''',
     'label': L('complaint', 'vi', 'Giang Văn Mạnh', '+84915238647', 'manh.giangvan@outlook.com',
                '45/12 Lê Văn Thọ, Phường An Hội Tây, TP.HCM')})

# f021
add({'style': 'gmail', 'from': ('Dung Lo', 'lovandung.sl@gmail.com'),
     'subject': 'hoi ve tranh chap ranh gioi dat voi nha hang xom', 'date': D('2026-04-21 20:12:06'),
     'text': '''chao luat su
toi ten Lo Van Dung o Son La. nha hang xom xay tuong rao lan sang dat nha toi khoang 1m, dai 20m, toi da bao truong ban nhung ho khong giai quyet. so do nha toi cap nam 2008 co ghi ro kich thuoc.
toi muon hoi gio toi phai lam don gui len dau, co phai hoa giai o xa truoc khong, neu kien ra toa thi mat bao lau va ton bao nhieu tien.
sdt toi 0328.614.075, luat su goi buoi toi giup toi vi ban ngay toi di nuong.
cam on''',
     'label': L('service_request', 'vi', 'Lo Van Dung', '+84328614075', 'lovandung.sl@gmail.com')})

# f022
add({'style': 'iphone', 'cte': 'quoted-printable', 'from': ('Ánh Tuyết', 'anhtuyet.phung@icloud.com'), 'to': SUP,
     'subject': 'Sửa lại số điện thoại bị ghi nhầm', 'date': D('2026-04-22 11:35:20'),
     'headers': ['X-Mailer: iPhone Mail (22E240)'],
     'text': '''Chào anh chị,

Em là Phùng Thị Ánh Tuyết, đang được bên mình hỗ trợ làm hồ sơ đăng ký hộ kinh doanh.

Luật sư Hòa nhắn là gọi cho em mấy lần không được. Em kiểm tra thì thấy trong phiếu thông tin bên mình ghi số 0979 321 846, số này bị đảo hai chữ số. Số đúng của em là 0979 312 846. Nhờ anh chị sửa lại trong hồ sơ giúp em với ạ.

Em cảm ơn.

Được gửi từ iPhone của tôi''',
     'label': L('correction_request', 'vi', 'Phùng Thị Ánh Tuyết', '+84979312846', 'anhtuyet.phung@icloud.com',
                note='The wrongly recorded number 0979 321 846 also appears; contact phone is the corrected one.')})

# f023
add({'style': 'plain', 'from': ('Ninh Thị Quỳnh Chi', 'chi.ninh@hoanglongsteel.com.vn'),
     'subject': 'Tự động trả lời: Cập nhật pháp luật: quy định mới về xử lý dữ liệu cá nhân',
     'date': D('2026-04-27 07:31:12'),
     'headers': ['In-Reply-To: <9e2b4f71-0d3a-4c55-8e61-2f7a1b9c3d40@thinhtrigroup.com>',
                 'References: <9e2b4f71-0d3a-4c55-8e61-2f7a1b9c3d40@thinhtrigroup.com>',
                 'X-Mailer: Microsoft Outlook 16.0', 'X-Autoreply: yes', 'Auto-Submitted: auto-replied',
                 'X-Auto-Response-Suppress: All'],
     'text': '''Cảm ơn anh/chị đã liên hệ. Tôi đang đi công tác nước ngoài từ 27/04 đến 08/05/2026 và sẽ hạn chế kiểm tra email. Việc gấp xin liên hệ anh Đỗ Văn Hưng, ĐT 0914 552 381.

Thank you for your email. I am travelling from 27 April to 8 May 2026 with limited access to email. For urgent matters please contact Mr. Do Van Hung at 0914 552 381.

Ninh Thị Quỳnh Chi
Phòng Pháp chế - Thép Hoàng Long''',
     'label': L('unknown', 'mixed', auto=True,
                note="Bilingual out-of-office reply to the firm's newsletter; subject has privacy keywords and the phone is a colleague's.")})

# f024
add({'style': 'gmail', 'from': ('Jonathan Reyes', 'jon.reyes.sf@gmail.com'),
     'subject': 'Prenuptial agreement - US citizen marrying in Vietnam', 'date': D('2026-04-22 06:15:44', '-0700'),
     'text': '''Hello,

I'm a US citizen and I'm getting married to my Vietnamese fiancée in Hue in September. We'd both like a prenuptial (marital property) agreement that will be valid in Vietnam, and ideally also recognised back in California where I own a house.

Do you draft these? What does the process look like (notarisation, translation, timing), and what would it cost? We'd also appreciate advice on registering the marriage itself.

I'm still in the States until July, so email is best, or call/WhatsApp +1 415 555 0143 (Pacific time).

Thank you,
Jonathan Reyes''',
     'label': L('service_request', 'en', 'Jonathan Reyes', '+14155550143', 'jon.reyes.sf@gmail.com',
                note='Foreign (US) phone number in E.164.')})

# f025
add({'style': 'plain', 'from': ('Hiroshi Tanaka', 'hiroshi.tanaka88@mail.com'),
     'subject': 'Legal representation - debt recovery from Vietnamese buyer', 'date': D('2026-04-23 02:18:33', '+0000'),
     'text': '''Dear Counsel,

I am Hiroshi Tanaka, procurement director of Kaisei Machinery Co., Ltd. in Osaka. One of our customers in Vietnam owes us USD 486,000 for equipment delivered in 2025 and has agreed to settle after our demand letters.

We wish to retain your firm to receive the payment on our behalf. The debtor will send a certified cheque to your office; you will deduct your retainer of 10% and wire the balance to our account in Hong Kong. Please send your retainer agreement and your trust account details today as the debtor is ready to pay this week.

Kindly reply urgently.
Hiroshi Tanaka
Tel: +44 7700 900418''',
     'label': L('unknown', 'en', 'Hiroshi Tanaka', '+447700900418', 'hiroshi.tanaka88@mail.com',
                note='Counterfeit-cheque debt-collection scam; reads like a service request but is fraud.')})

# f026
add({'style': 'gmail', 'cte': 'base64', 'from': ('Tiêu Thị Ngọc Hân', 'ngochan.tieu@gmail.com'), 'to': SUP,
     'subject': 'Công ty đăng hình ảnh bản án của tôi lên fanpage khi chưa được đồng ý', 'date': D('2026-04-23 19:26:07'),
     'text': '''Kính gửi Công ty Thịnh Trí,

Ngày 18/04, fanpage của Công ty đăng bài "Giành lại quyền nuôi con cho thân chủ sau 2 năm" kèm ảnh chụp bản án. Dù tên đã được che, ảnh vẫn để lộ địa chỉ nhà, tên trường của con tôi và ngày sinh của cháu. Bạn bè, đồng nghiệp của tôi đều nhận ra đó là vụ của tôi.

Tôi chưa từng đồng ý cho Công ty dùng vụ việc của mình để quảng cáo. Sau khi tôi gọi hotline hai lần, bài đã được gỡ nhưng không ai xin lỗi hay giải thích.

Tôi đề nghị Công ty có văn bản giải thích, xin lỗi chính thức và cho biết đã xử lý trách nhiệm người đăng bài như thế nào.

Tiêu Thị Ngọc Hân
0707 426 815''',
     'label': L('complaint', 'vi', 'Tiêu Thị Ngọc Hân', '+84707426815', 'ngochan.tieu@gmail.com')})

# f027
add({'style': 'yahoo', 'from': ('Mạc Thị Thanh Xuân', 'thanhxuan_mac@yahoo.com.vn'),
     'subject': 'Hỏi về thông tin cá nhân Công ty đang lưu giữ', 'date': D('2026-04-24 09:03:29'),
     'headers': ['X-Mailer: WebService/1.1.25048 YMailNorrin'],
     'text': '''Kính gửi Công ty,

Tôi là Mạc Thị Thanh Xuân, số điện thoại 0822 159 367. Năm 2025 tôi có nhờ Công ty làm thủ tục sang tên xe và tư vấn một lần về hợp đồng đặt cọc mua nhà.

Tôi muốn biết hiện nay Công ty còn giữ những thông tin, giấy tờ gì của tôi, dùng vào việc gì và đã cung cấp cho bên nào khác chưa (ví dụ văn phòng công chứng, ngân hàng). Đề nghị Công ty gửi cho tôi danh sách và bản sao các thông tin đó qua email này.

Xin cảm ơn.
Mạc Thị Thanh Xuân''',
     'label': L('access_request', 'vi', 'Mạc Thị Thanh Xuân', '+84822159367', 'thanhxuan_mac@yahoo.com.vn')})

# f028
add({'style': 'oe1258', 'from': ('Lưu Đình Thọ', 'luudinhtho.hue@gmail.com'),
     'subject': 'Hỏi thủ tục tặng cho đất cho các con', 'date': D('2026-04-24 06:48:51'),
     'msgid': '<000b01dcd3a7$1c9e4f80$6401a8c0@PC-THO>',
     'headers': ['X-Priority: 3', 'X-MSMail-Priority: Normal',
                 'X-Mailer: Microsoft Outlook Express 6.00.2900.5512',
                 'X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5512'],
     'text': '''Kính gửi Công ty Thịnh Trí,

Tôi tên Lưu Đình Thọ, năm nay 77 tuổi, ở 12 kiệt 45 Nguyễn Sinh Cung, phường Vỹ Dạ, thành phố Huế.

Vợ chồng tôi có một lô đất vườn 600 mét vuông, muốn chia làm ba phần tặng cho ba người con. Xin Công ty hướng dẫn thủ tục tách thửa và tặng cho, các con có phải nộp thuế không, và nếu nhờ Công ty làm trọn gói thì chi phí bao nhiêu.

Tôi ít dùng máy tính, xin Công ty gọi điện cho tôi theo số nhà 0234 3825 619. Nếu không ai nghe máy thì gọi số 0914 063 772 của con trai tôi là Lưu Đình Phong.

Lưu Đình Thọ''',
     'label': L('service_request', 'vi', 'Lưu Đình Thọ', '+842343825619', 'luudinhtho.hue@gmail.com',
                '12 kiệt 45 Nguyễn Sinh Cung, phường Vỹ Dạ, thành phố Huế',
                "windows-1258 with combining tone marks (compare after NFC). The mobile 0914 063 772 is the son's; the sender's own number is the landline.")})

# f029
add({'style': 'gmail', 'from': ('Yen Vo', 'yen.vo@asteria-hr.com'), 'to': SUP,
     'subject': 'Update email liên hệ giúp em', 'date': D('2026-04-24 17:40:13'),
     'text': '''Hi anh chị,

Em là Võ Hoàng Yến, đang được anh Tín bên mình hỗ trợ vụ tranh chấp đặt cọc căn hộ.

Em vừa nghỉ việc ở Asteria nên email công ty này sẽ bị khóa cuối tuần này. Anh chị update giúp em email liên hệ mới là VoHoangYen.0712@gmail.com, mọi document và invoice sau này gửi qua email đó nha. Số phone vẫn là 0354 807 219.

Thanks anh chị!
Yến''',
     'label': L('correction_request', 'mixed', 'Võ Hoàng Yến', '+84354807219', 'vohoangyen.0712@gmail.com',
                note='New contact email in the body (written with capitals) differs from the From address; labelled lowercase.')})

# f030
add({'style': 'outlook', 'from': ('Thomas Becker', 't.becker@rheinwerk-vn.com'),
     'subject': 'Complaint: my email address exposed to 200 other recipients', 'date': D('2026-04-25 08:14:39'),
     'headers': ['X-Mailer: Microsoft Outlook 16.0'],
     'text': '''Dear Sir or Madam,

Yesterday I received your firm's invitation to the seminar on the new personal income tax rules. The email was sent with all recipients in the CC field. I count more than 200 addresses, many with full names and company names, including mine.

Within hours I received two "reply-all" sales messages from other recipients. This is a basic data protection failure, and frankly not what I expect from a law firm.

I would like a written explanation of how this happened, confirmation that you have informed the affected recipients, and details of the measures you are taking to prevent a repeat.

Regards,
Thomas Becker
Managing Director, Rheinwerk Vietnam Co., Ltd.
Tel: +84 24 3938 6620''',
     'label': L('complaint', 'en', 'Thomas Becker', '+842439386620', 't.becker@rheinwerk-vn.com')})

# f031
add({'style': 'gmail', 'from': ('Lại Quang Vinh', 'laiquangvinh.hp@gmail.com'),
     'subject': 'Đề nghị xóa thông tin của mẹ tôi (đã mất)', 'date': D('2026-04-25 14:22:57'),
     'text': '''Kính gửi Công ty,

Tôi là Lại Quang Vinh, con trai bà Nguyễn Thị Sâm (sinh năm 1951). Mẹ tôi từng nhờ Công ty tư vấn về hợp đồng thuê ki-ốt chợ năm 2024. Mẹ tôi đã mất vào tháng 2 vừa rồi.

Gia đình vẫn nhận được tin nhắn, thư mời hội thảo gửi cho mẹ. Đề nghị Công ty xóa toàn bộ thông tin của mẹ tôi (tên, số điện thoại bàn 0225 3841 906, địa chỉ, giấy tờ) khỏi hệ thống và ngừng gửi mọi thông tin. Nếu cần giấy chứng tử tôi có thể gửi bản chụp.

Liên hệ tôi: 0936 274 158.

Trân trọng,
Lại Quang Vinh''',
     'label': L('deletion_request', 'vi', 'Lại Quang Vinh', '+84936274158', 'laiquangvinh.hp@gmail.com',
                note="Son asks erasure of his late mother's data; her name and landline are not the sender's contact.")})

# f032
add({'style': 'gmail', 'from': ('Thu Thủy Khổng', 'thuthuy.khong@gmail.com'),
     'subject': 'Fwd: Thông báo chấm dứt hợp đồng thuê mặt bằng', 'date': D('2026-04-26 10:05:38'),
     'text': '''Chào luật sư,

Tôi là Khổng Thị Thu Thủy, đang thuê mặt bằng mở tiệm may ở Hà Đông. Hợp đồng thuê 5 năm còn hơn 2 năm nhưng chủ nhà vừa gửi email dưới đây báo lấy lại mặt bằng trong 30 ngày, chỉ trả lại tiền cọc.

Nhờ luật sư xem giúp: chủ nhà làm vậy có đúng không, tôi có được bồi thường chi phí sửa chữa và khách hàng bị mất không, và tôi nên trả lời chủ nhà thế nào. Tôi muốn đặt lịch tư vấn trực tiếp trong tuần này.

Số điện thoại của tôi: 0962 815 370.

Thu Thủy

---------- Forwarded message ---------
Từ: Trịnh Văn Hậu <hautrinh.bds@gmail.com>
Date: Th 2, 20 thg 4, 2026 lúc 08:14
Subject: Thông báo chấm dứt hợp đồng thuê mặt bằng
To: <thuthuy.khong@gmail.com>


Chị Thủy,

Gia đình tôi cần lấy lại mặt bằng số 86 Quang Trung để con trai kinh doanh. Đề nghị chị bàn giao trước ngày 20/05/2026, tôi sẽ hoàn lại tiền cọc 60 triệu. Có gì chị gọi tôi 0988 430 127.

Trịnh Văn Hậu''',
     'label': L('service_request', 'vi', 'Khổng Thị Thu Thủy', '+84962815370', 'thuthuy.khong@gmail.com',
                note="Forwarded landlord email; his name, phone and the shop premises address are not the sender's contact.")})

# f033
add({'style': 'bulk', 'from': ('Điểm tin Pháp luật Doanh nghiệp', 'diemtin@phapluatdoanhnghiep.net.vn'),
     'subject': 'Điểm tin pháp luật số 17/2026: dữ liệu cá nhân, thuế TNCN, hóa đơn điện tử',
     'date': D('2026-04-27 06:00:00'), 'msgid': '<20260427060000.7f2c91ab44d3@mailer.phapluatdoanhnghiep.net.vn>',
     'headers': ['List-Id: Diem tin phap luat doanh nghiep <diemtin.phapluatdoanhnghiep.net.vn>',
                 'List-Unsubscribe: <https://phapluatdoanhnghiep.net.vn/unsubscribe?u=3be91f&e=info%40thinhtrigroup.com>',
                 'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'Precedence: bulk'],
     'text': '''ĐIỂM TIN PHÁP LUẬT DOANH NGHIỆP - SỐ 17/2026

1. Luật Bảo vệ dữ liệu cá nhân có hiệu lực từ 01/01/2026: 5 nghĩa vụ doanh nghiệp thường bỏ sót và mức phạt.
2. Hướng dẫn mới về khấu trừ thuế TNCN đối với cá nhân kinh doanh trên sàn thương mại điện tử.
3. Hỏi - đáp: Doanh nghiệp có được xóa hóa đơn điện tử đã lập sai không?

Đọc toàn văn tại: https://phapluatdoanhnghiep.net.vn/diem-tin/so-17-2026

Bạn nhận được email này vì đã đăng ký nhận Điểm tin bằng địa chỉ info@thinhtrigroup.com.
Hủy đăng ký: https://phapluatdoanhnghiep.net.vn/unsubscribe?u=3be91f
Liên hệ tòa soạn: 024 3771 0855''',
     'label': L('unknown', 'vi', auto=True, note='Bulk newsletter (Precedence: bulk, List-Unsubscribe) with privacy and deletion keywords.')})

# f034
add({'style': 'gmail', 'from': ('Do Hai Yen', 'dohaiyen.k59@gmail.com'),
     'subject': 'Re: Xác nhận lịch hẹn tư vấn', 'date': D('2026-04-24 18:02:11'),
     'headers': ['In-Reply-To: <e41d7a08-3b6c-4f29-a5d0-91c8b2f6e753@thinhtrigroup.com>',
                 'References: <e41d7a08-3b6c-4f29-a5d0-91c8b2f6e753@thinhtrigroup.com>'],
     'text': '''ok e cam on a chi a

Vào Th 6, 24 thg 4, 2026 vào lúc 16:47 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:
''' + Q('''Chào chị Yến,

Công ty xác nhận lịch hẹn tư vấn của chị vào 9h00 thứ Ba 28/04/2026 tại văn phòng 57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM. Nếu cần đổi lịch, chị vui lòng gọi hotline 1800 63 65.

Trân trọng,
Thịnh Trí Group'''),
     'label': L('unknown', 'vi', 'Do Hai Yen', None, 'dohaiyen.k59@gmail.com',
                note="Bare acknowledgement of an appointment; name only from the From display; quoted firm text has the firm's address/hotline.")})

# f035
add({'style': 'outlook', 'from': ('Melissa Tan', 'melissa.tan@orchardsupply.com.sg'),
     'subject': 'Debt recovery against Vietnamese distributor - engagement enquiry', 'date': D('2026-04-27 10:37:25', '+0800'),
     'headers': ['X-Mailer: Microsoft Outlook 16.0'],
     'text': '''Dear Thinh Tri Legal,

Orchard Supply Pte. Ltd. sells commercial kitchen equipment into Vietnam through a distributor in Da Nang. The distributor has not paid four invoices issued between October 2025 and January 2026, totalling USD 73,240, despite repeated reminders.

We would like to engage a Vietnamese firm to (i) send a formal demand letter, (ii) advise on whether to pursue arbitration under the distribution agreement (VIAC clause) or court proceedings, and (iii) estimate fees for each stage.

I can share the agreement, invoices and correspondence under NDA. Please contact me by email or on +65 6225 0198 (office hours, SGT).

Kind regards,
Melissa Tan
Finance Manager
Orchard Supply Pte. Ltd.''',
     'label': L('service_request', 'en', 'Melissa Tan', '+6562250198', 'melissa.tan@orchardsupply.com.sg',
                note='Genuine debt-recovery engagement (contrast with the cheque scam); Singapore phone.')})

# f036
add({'style': 'owa', 'from': ('Kim Ngọc Phượng', 'ngocphuong.kim@outlook.com'), 'to': SUP,
     'subject': 'Cập nhật địa chỉ nhận thư và chứng từ', 'date': D('2026-04-28 13:11:46'),
     'text': '''Kính gửi Thịnh Trí,

Tôi là Kim Ngọc Phượng, khách hàng dịch vụ quyết toán thuế thu nhập cá nhân hằng năm của Công ty.

Tôi đã chuyển nhà, không còn ở địa chỉ cũ 118 Lạc Long Quân, Phường Tân Hòa, TP.HCM. Nhờ Công ty cập nhật địa chỉ mới để gửi chứng từ khấu trừ thuế và thư từ:

Địa chỉ mới: 7/3 Đường số 9, Phường Bình Trưng, TP.HCM

Số điện thoại 0917 563 804 và email không đổi.

Cảm ơn Công ty.
Kim Ngọc Phượng''',
     'label': L('correction_request', 'vi', 'Kim Ngọc Phượng', '+84917563804', 'ngocphuong.kim@outlook.com',
                '7/3 Đường số 9, Phường Bình Trưng, TP.HCM',
                'HTML-only. Old address also present; contact address is the new one.')})

# f037
add({'style': 'yahoo', 'from': ('Triệu Văn Hùng', 'trieuvanhung72@yahoo.com.vn'), 'to': SUP,
     'subject': 'Phản ánh thái độ nhân viên tổng đài', 'date': D('2026-04-28 20:44:03'),
     'headers': ['X-Mailer: WebService/1.1.25048 YMailNorrin'],
     'text': '''Kính gửi Ban lãnh đạo Công ty Thịnh Trí,

Tôi là Triệu Văn Hùng. Ngày 23/04 tôi gọi hotline để hỏi tiến độ hồ sơ xin cấp giấy chứng nhận quyền sử dụng đất lần đầu mà tôi đã ký hợp đồng với Công ty từ tháng 12/2025.

Nhân viên nghe máy nói chuyện thiếu tôn trọng, bảo tôi "hỏi hoài", rồi chuyển máy qua ba người khác nhau, cuối cùng hứa chiều sẽ gọi lại nhưng đến nay không ai gọi. Đã gần 5 tháng tôi chưa nhận được bất kỳ cập nhật nào bằng văn bản.

Tôi yêu cầu Công ty chấn chỉnh thái độ nhân viên và báo cáo tiến độ hồ sơ cho tôi trong tuần này.

Triệu Văn Hùng
ĐT: 0976 402 539''',
     'label': L('complaint', 'vi', 'Triệu Văn Hùng', '+84976402539', 'trieuvanhung72@yahoo.com.vn')})

# f038
add({'style': 'latin1', 'from': ('Inês Carvalho', 'ines.carvalho@sapo.pt'),
     'subject': 'Please delete my details', 'date': D('2026-04-29 11:58:20', '+0100'),
     'msgid': '<8F3C2A71-5D4E-4B9A-A6C1-2E7F90D13B58@sapo.pt>',
     'headers': ['X-Mailer: Apple Mail (2.3826.400.131.1.6)'],
     'text': '''Hello,

I filled in the contact form on your website in January when I was considering buying an apartment in Vietnam. I have changed my plans and I'm not going ahead.

Please delete my name, e-mail address and phone number (+351 912 604 337) from your records and your mailing list, and do not contact me again.

Obrigada,
Inês Carvalho''',
     'label': L('deletion_request', 'en', 'Inês Carvalho', '+351912604337', 'ines.carvalho@sapo.pt',
                note='Legacy ISO-8859-1 charset in body and headers; Portuguese phone number.')})

# f039
add({'style': 'outlook', 'from': ('Phí Thị Minh Hằng', 'hang.ptm@vinaprintpack.com.vn'),
     'subject': 'Xin tư vấn xử lý kỷ luật sa thải nhân viên', 'date': D('2026-04-29 09:27:14'),
     'headers': ['X-Mailer: Microsoft Outlook 16.0'],
     'text': '''Kính gửi Công ty Luật Thịnh Trí,

Tôi là Phí Thị Minh Hằng, Trưởng phòng Nhân sự Công ty CP In bao bì Vina (Hà Nội). Công ty chúng tôi phát hiện một nhân viên kho nhiều lần tự ý mang vật tư ra ngoài bán, giá trị khoảng 120 triệu đồng.

Chúng tôi muốn xử lý kỷ luật sa thải nhưng nội quy lao động của công ty chưa được cập nhật từ năm 2019. Xin Công ty tư vấn:
- Có thể sa thải ngay không, trình tự họp xử lý kỷ luật thế nào;
- Có nên báo công an song song không;
- Phí tư vấn và rà soát lại nội quy lao động.

Liên hệ: (024) 3562 8810.

Trân trọng,
Phí Thị Minh Hằng''',
     'label': L('service_request', 'vi', 'Phí Thị Minh Hằng', '+842435628810', 'hang.ptm@vinaprintpack.com.vn')})

# f040
add({'style': 'gmail', 'from': ('Giulia Bianchi', 'giulia.bianchi.arch@gmail.com'),
     'subject': 'Data subject access request', 'date': D('2026-04-30 08:49:35'),
     'text': '''Dear Data Protection Officer,

In 2025 your firm handled my application for a work permit and a temporary residence card. Under Vietnam's personal data protection rules I am entitled to access the personal data you process about me, so I am writing to request:

1. confirmation of whether you process personal data about me;
2. a copy of that data;
3. the purposes of processing and the third parties to whom it has been disclosed (e.g. immigration authorities, translators);
4. how long you intend to retain it.

Please send the information to this email address. My postal address is 15 Đường số 31, Phường An Khánh, TP.HCM, and my phone number is 0896 472 035.

Yours faithfully,
Giulia Bianchi''',
     'label': L('access_request', 'en', 'Giulia Bianchi', '+84896472035', 'giulia.bianchi.arch@gmail.com',
                '15 Đường số 31, Phường An Khánh, TP.HCM')})

# f041
add({'style': 'bulk', 'from': ('The Hive Saigon', 'events@thehivesaigon.com'),
     'subject': '[Event] Startup Legal Night #12: Data Privacy & Fundraising - Đăng ký ngay',
     'date': D('2026-04-30 15:00:03'), 'msgid': '<20260430080003.1.A7C39E2F5B1D0846@mg.thehivesaigon.com>',
     'headers': ['List-Unsubscribe: <https://thehivesaigon.com/u/7c1d2e>, <mailto:unsubscribe@mg.thehivesaigon.com>',
                 'Precedence: bulk', 'X-Mailgun-Tag: newsletter'],
     'text': '''STARTUP LEGAL NIGHT #12
Data Privacy & Fundraising for Founders

18:30, Thứ Năm 14/05/2026 | The Hive Saigon, Lầu 3
Diễn giả: luật sư và nhà đầu tư từ các quỹ VC trong khu vực.

Bạn sẽ biết: cách xử lý yêu cầu xóa và truy cập dữ liệu của khách hàng, term sheet checklist, ESOP cho team Việt Nam.

Early bird ticket: 150.000đ - chỉ còn 30 suất.
Register now: https://thehivesaigon.com/events/legal-night-12

You are receiving this email because you subscribed to The Hive Saigon community updates.
Unsubscribe: https://thehivesaigon.com/u/7c1d2e''',
     'label': L('unknown', 'mixed', auto=True, note='Bilingual bulk event promotion (Precedence: bulk) mentioning data access/erasure.')})

# f042
add({'style': 'gmail', 'from': ('Hứa Gia Bảo', 'giabao.hua@lumenstudio.vn'), 'to': SUP,
     'subject': 'Chậm trễ review contract - rất không ổn', 'date': D('2026-04-27 18:25:49'),
     'text': '''Hi anh chị,

Em là Hứa Gia Bảo, CEO Lumen Studio. Ngày 06/04 em đã ký engagement letter và chuyển đủ fee để bên mình review hợp đồng licensing với đối tác Nhật, commit là 5 working days.

Tới hôm nay (27/04) em vẫn chưa nhận được bản markup nào, follow up 3 email thì chỉ nhận reply kiểu "team đang xử lý". Deal của bên em suýt bị delay vì vụ này, phía Nhật đã phải lùi ngày ký một lần.

Em cần: (1) bản review trong 48h tới, (2) giải thích rõ lý do trễ, (3) bên mình xem lại fee cho phù hợp. Nếu không em sẽ chấm dứt engagement.

Hứa Gia Bảo
M: 0938 517 064''',
     'label': L('complaint', 'mixed', 'Hứa Gia Bảo', '+84938517064', 'giabao.hua@lumenstudio.vn')})

# f043
add({'style': 'yahoo', 'from': ('Kim Oanh', 'kimoanh.diep@yahoo.com'),
     'subject': 'Nhờ tư vấn bồi thường tai nạn giao thông cho con trai', 'date': D('2026-05-01 07:36:18'),
     'headers': ['X-Mailer: WebService/1.1.25048 YMailNodin'],
     'text': '''Kính gửi Công ty,

Tôi là Diệp Thị Kim Oanh. Con trai tôi 17 tuổi, đi xe đạp điện thì bị một xe tải tông từ phía sau trên quốc lộ 1A đoạn qua Bình Chánh, gãy chân phải, phải mổ và nằm viện 3 tuần. Công an đã lập biên bản, tài xế xe tải có lỗi nhưng công ty vận tải chỉ đề nghị hỗ trợ 20 triệu.

Tôi muốn nhờ luật sư tư vấn mức bồi thường hợp lý gồm những khoản nào và đại diện gia đình thương lượng với công ty vận tải.

Số điện thoại của tôi: +84 902 358 741.

Cảm ơn Công ty.
Diệp Thị Kim Oanh''',
     'label': L('service_request', 'vi', 'Diệp Thị Kim Oanh', '+84902358741', 'kimoanh.diep@yahoo.com')})

# f044
add({'style': 'gmail', 'attach': ('cccd_moi.jpg', 'image/jpeg'), 'from': ('Đàm Thị Quế', 'damthique.cb@gmail.com'),
     'to': SUP, 'subject': 'Cập nhật thông tin căn cước mới trong hồ sơ', 'date': D('2026-05-02 10:18:22'),
     'text': '''Chào anh chị,

Em là Đàm Thị Quế, khách hàng đang được Công ty làm hồ sơ xin giấy phép kinh doanh dịch vụ lữ hành.

Tháng trước em mới đổi sang thẻ căn cước mới do thẻ cũ bị hỏng chip. Số định danh không đổi nhưng ngày cấp và nơi cấp đã thay đổi, còn trong hồ sơ Công ty vẫn ghi theo thẻ cũ (cấp ngày 12/03/2021). Thẻ mới cấp ngày 09/04/2026 tại Bộ Công an. Nhờ anh chị cập nhật lại thông tin này trong hồ sơ và các văn bản nộp cơ quan nhà nước giúp em.

Em gửi kèm ảnh chụp hai mặt thẻ mới. Có gì anh chị gọi em số 0843 279 160.

Em cảm ơn!
Đàm Thị Quế''',
     'label': L('correction_request', 'vi', 'Đàm Thị Quế', '+84843279160', 'damthique.cb@gmail.com')})

# f045
add({'style': 'gmail', 'from': ('Hương Giang', 'huonggiang.ng2k@gmail.com'),
     'subject': 'Đơn hàng TT-58213 chưa giao', 'date': D('2026-05-02 22:09:41'),
     'text': '''Shop ơi,

Em đặt 2 cái váy linen màu be size M hôm 20/4, mã đơn TT-58213, đến nay vẫn chưa thấy giao. Shop kiểm tra giúp em với ạ. Nếu hết hàng thì hoàn tiền cho em vào tài khoản đã chuyển nhé.

SĐT nhận hàng: 0387 295 614
Nguyễn Hương Giang''',
     'label': L('unknown', 'vi', 'Nguyễn Hương Giang', '+84387295614', 'huonggiang.ng2k@gmail.com',
                note='Misdirected order complaint meant for an online shop; not a request to the firm.')})

# f046
add({'style': 'gmail', 'from': ('Bế Thị Thanh Mai', 'thanhmai.be@gmail.com'),
     'subject': 'Nhờ luật sư tư vấn việc ngân hàng xử lý nhà đất của bố tôi', 'date': D('2026-05-03 09:55:07'),
     'text': '''Kính gửi Công ty Thịnh Trí,

Tôi là Bế Thị Thanh Mai, viết thư này thay cho bố tôi là ông Bế Văn Sình (82 tuổi) vì ông không dùng email.

Năm 2020 bố tôi cho một người họ hàng mượn sổ đỏ để thế chấp vay ngân hàng. Nay người đó không trả nợ và ngân hàng thông báo sẽ xử lý tài sản thế chấp là nhà đất của bố tôi ở Cao Bằng. Gia đình muốn được luật sư tư vấn cách bảo vệ căn nhà và có thể yêu cầu người họ hàng bồi hoàn không.

Mọi liên lạc xin Công ty trao đổi với tôi qua số 0977 146 328 hoặc email này, tôi sẽ thu xếp đưa bố xuống làm việc.

Trân trọng,
Bế Thị Thanh Mai''',
     'label': L('service_request', 'vi', 'Bế Thị Thanh Mai', '+84977146328', 'thanhmai.be@gmail.com',
                note="Writes on behalf of her father but asks to be the contact herself; the father's name is not the contact.")})

# f047
add({'style': 'gmail', 'from': ('Tuan Kiet', 'kiet.phamtuan95@gmail.com'), 'to': SUP,
     'subject': 'quang cao tu van mien phi nhung thu tien', 'date': D('2026-05-04 12:30:19'),
     'text': '''Chao cong ty,
Toi la Pham Tuan Kiet. Tren fanpage cong ty quang cao "tu van luat mien phi 30 phut", toi dat lich va den van phong hom 17/4 de hoi ve tranh chap hop dong lao dong.
Noi chuyen duoc khoang 25 phut thi nhan vien dua hoa don 1.200.000d, bao la "phi mo ho so". Toi khong he duoc bao truoc, vi dang o van phong nen dong y tra cho xong.
Toi thay day la quang cao sai su that. De nghi cong ty hoan lai so tien tren va tra loi toi bang email.
Pham Tuan Kiet - 0765 381 942''',
     'label': L('complaint', 'vi', 'Pham Tuan Kiet', '+84765381942', 'kiet.phamtuan95@gmail.com')})

# f048
add({'style': 'gmail', 'from': ('Sophia Thach', 'sophia.thach@gmail.com'),
     'subject': 'Re: [Thịnh Trí] Ưu đãi 30% phí soạn thảo di chúc tháng 5', 'date': D('2026-05-04 19:48:32'),
     'headers': ['In-Reply-To: <b7f3c2d9-6a15-4e08-8c2f-d41e0a9b5c67@thinhtrigroup.com>',
                 'References: <b7f3c2d9-6a15-4e08-8c2f-d41e0a9b5c67@thinhtrigroup.com>'],
     'text': '''Đề nghị Công ty ngừng gửi email, tin nhắn quảng cáo cho tôi và xóa họ tên, email, số điện thoại 0794 215 863 của tôi khỏi danh sách khách hàng và danh sách nhận tin. Tôi chỉ hỏi giá một lần năm 2024 và không đồng ý nhận quảng cáo.

Thạch Thị Sô Phia

Vào 09:00, Th 2, 4 thg 5, 2026 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:
''' + Q('''Kính gửi Quý khách,

Nhân dịp tháng 5, Công ty Hệ Thống Luật TNHH Thịnh Trí dành tặng ưu đãi 30% phí soạn thảo và công chứng di chúc cho khách hàng đăng ký trước 31/05/2026.

Đăng ký tư vấn: hotline 1800 63 65 | thinhtrigroup.com
Nếu không muốn nhận thư, vui lòng phản hồi email này.'''),
     'label': L('deletion_request', 'vi', 'Thạch Thị Sô Phia', '+84794215863', 'sophia.thach@gmail.com',
                note="Reply to the firm's marketing mail; only the top is new. Irritated tone but the request is erasure; quoted hotline is the firm's.")})

# f049
add({'style': 'owa', 'from': ('Sarah Nguyen', 'sarah.nguyen.au@outlook.com'),
     'subject': 'Formal complaint - original land certificate lost by your office', 'date': D('2026-05-05 16:03:52'),
     'text': '''Dear Thinh Tri Legal,

On 2 April I handed your receptionist the originals of my birth certificate, my late father's death certificate and the land use right certificate for the inheritance case you are handling for my family. I was given a handwritten receipt.

When I came back on 24 April to collect them, nobody could find the land use right certificate. I have been told three times that it is "being searched for". Without it the inheritance cannot proceed, and having it re-issued will take months.

I expect a written explanation by Friday, a plan for either locating the certificate or handling the re-issue at your firm's cost, and a refund of this month's fees. Once this is resolved I will also want my copies and personal records returned or deleted, as I will not continue working with your firm.

Sarah Nguyen
+61 412 708 355''',
     'label': L('complaint', 'en', 'Sarah Nguyen', '+61412708355', 'sarah.nguyen.au@outlook.com',
                note='HTML-only. Complaint about lost original documents; the later mention of deleting records is secondary, dominant intent is complaint. Australian phone.')})

# f050
add({'style': 'gmail', 'from': ('Tôn Thất Minh Khôi', 'minhkhoi.tonthat@gmail.com'), 'to': SUP,
     'subject': 'Đính chính họ tên và email trên hợp đồng dịch vụ', 'date': D('2026-05-06 08:21:40'),
     'text': '''Kính gửi Công ty,

Tôi là Tôn Thất Minh Khôi. Trong hợp đồng dịch vụ và phiếu thu Công ty gửi ngày 22/04, họ tên của tôi bị ghi thành "Tôn Thất Minh Khoa" và email thành minhkhoi.tonthat@gmai.com (thiếu chữ "l").

Nhờ Công ty sửa lại đúng họ tên Tôn Thất Minh Khôi và email minhkhoi.tonthat@gmail.com trong hồ sơ khách hàng, đồng thời gửi lại hợp đồng đã chỉnh để tôi ký.

Số điện thoại: 0905 627 413.

Trân trọng,
Tôn Thất Minh Khôi''',
     'label': L('correction_request', 'vi', 'Tôn Thất Minh Khôi', '+84905627413', 'minhkhoi.tonthat@gmail.com',
                note="Misspelled name 'Tôn Thất Minh Khoa' and mistyped email '...@gmai.com' also appear.")})
