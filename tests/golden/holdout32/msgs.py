# -*- coding: utf-8 -*-
"""Message data for holdout set 32 (part 1: service requests and complaints).

Each dict describes one message; make.py turns it into an .eml file and a label.
Fields:
  key, date ('YYYY-MM-DD HH:MM:SS'), tz ('+0700' default), from_name, from_email,
  to ('info' | 'support' | 'info_named'), subject, style (gmail/outlook/yahoo/iphone/
  owa/thunderbird/oe/android), fmt (plain/alt/html/mixed), cte, hdr ('B'|'Q'),
  charset, body, quote_hdr/quote (reply history), attach, label.
"""

MSGS = [
# ---------------------------------------------------------------- service_request
dict(
    key="sr_xoai_thuong_lai",
    date="2026-04-07 20:14:33",
    from_name="Nguyễn Văn Sáu", from_email="nguyenvansau.xoai@gmail.com",
    to="info", hdr="B",
    subject="Nhờ luật sư coi giùm vụ thương lái ăn quỵt tiền xoài",
    style="gmail", fmt="alt", cte="base64",
    body="""Chào công ty luật,

Tui tên Nguyễn Văn Sáu, năm nay 61 tuổi, làm vườn xoài cát Hòa Lộc ở Cao Lãnh. Hồi tháng 2 tui bán nguyên vườn cho một thương lái dưới Cái Bè, tổng cộng 8 tấn 2, giá 38 ngàn một ký. Ổng đặt cọc 50 triệu, hẹn cắt xong 1 tuần thì trả đủ. Tới giờ gần 2 tháng rồi mà ổng còn thiếu tui 121 triệu, gọi thì lúc nghe lúc hổng, cứ nói từ từ.

Giấy tờ mua bán thì chỉ có tờ giấy viết tay, ổng có ký tên với ghi số căn cước. Tui muốn hỏi luật sư dzậy tui kiện ổng được hông, nộp đơn ở đâu, tốn chi phí bao nhiêu. Nếu công ty nhận làm giùm thì tui muốn thuê luôn.

Nhà tui ở ấp 3, xã Mỹ Hiệp, tỉnh Đồng Tháp. Có gì luật sư gọi tui số 0978 214 653, tui ở ngoài vườn nên có khi không nghe liền, gọi lại giùm tui nghen.

Cám ơn công ty.
Nguyễn Văn Sáu""",
    label=dict(cat="service_request", lang="vi", name="Nguyễn Văn Sáu", phone="+84978214653",
               address="ấp 3, xã Mỹ Hiệp, tỉnh Đồng Tháp",
               note="Southern wording ('tui', 'hổng', 'dzậy', 'nghen'). Address is given inline as where the sender lives."),
),
dict(
    key="sr_cong_nhan_no_luong",
    date="2026-04-27 21:36:10",
    from_name="Luong Van Tin", from_email="tinluong.qngai@gmail.com",
    to="info",
    subject="hoi ve viec cong ty no luong, khong dong bao hiem",
    style="gmail", fmt="plain", cte="7bit",
    body="""Chao luat su,
Em ten Luong Van Tin, que Quang Ngai, vo Binh Duong lam cong nhan xuong giay duoc 6 nam. Tu thang 3 toi gio xuong dong cua, ong chu nguoi Dai Loan ve nuoc luon, con no anh em cong nhan 2 thang luong. Em len BHXH hoi thi ho noi cong ty no bao hiem tu nam 2024, so BHXH cua em khong chot duoc.
Xuong co gan 300 nguoi bi y chang em. Cho em hoi bay gio tui em phai lam don gui ai, co duoc lanh tro cap that nghiep khong, va neu nho cong ty dai dien cho ca nhom thi chi phi tinh sao.
So dt em: 0356.418.297 (co Zalo).
Em cam on.""",
    label=dict(cat="service_request", lang="vi", name="Luong Van Tin", phone="+84356418297",
               note="No diacritics; phone written with dots."),
),
dict(
    key="sr_kitesurf_muine",
    date="2026-04-06 08:52:41",
    from_name="Craig Donnelly", from_email="craig@windchasersmuine.com",
    to="info",
    subject="Business registration for my kitesurf school - Mui Ne",
    style="outlook", fmt="alt", cte="quoted-printable",
    body="""Hello,

I'm an Australian running a small kitesurf school and rental shop on the beach in Mui Ne. Up to now everything has been in the name of my Vietnamese business partner, Mr. Huynh Tan Phat, as a household business. We'd like to restructure so that I can legally hold a share, probably as a limited liability company with foreign ownership.

Could you advise:
- whether a foreigner can own part of a business like this (sports instruction plus equipment rental),
- which licences we need, and
- roughly what your fees and timeline would be?

I'll be in Ho Chi Minh City on 14 April and could pop into your office. Otherwise you can call me on 0869 331 724. Mobile reception on the beach is patchy, so WhatsApp or email is better.

Cheers,
Craig Donnelly
Windchasers Mui Ne""",
    label=dict(cat="service_request", lang="en", name="Craig Donnelly", phone="+84869331724",
               note="Business partner's name (Huynh Tan Phat) also appears; the sender is Craig Donnelly."),
),
dict(
    key="sr_mi_quang_nhan_hieu",
    date="2026-03-17 14:25:07",
    from_name="Võ Thị Hạnh", from_email="hanhvo.miquang@gmail.com",
    to="info", hdr="Q",
    subject="Hỏi đăng ký nhãn hiệu cho quán mì Quảng",
    style="gmail", fmt="alt", cte="quoted-printable",
    body="""Chào anh chị bên công ty,

Em tên Võ Thị Hạnh, bán mì Quảng ếch ở chợ Tam Kỳ hơn 15 năm ni, quán tên "Mì Quảng O Hạnh". Mấy tháng nay có người mở quán ngoài Đà Nẵng cũng lấy tên y chang, rồi còn in lên bao bì bán mì khô trên mạng nữa. Khách quen gọi hỏi em có mở chi nhánh ngoài nớ không, em nói không mà họ cũng không tin.

Em hỏi rứa thôi chứ không phải khiếu nại chi bên công ty hết nghe, tại em đọc bài viết về nhãn hiệu trên trang của công ty nên gửi thư hỏi. Giờ em muốn đăng ký bảo hộ cái tên quán với cái hình logo con ếch thì làm răng, mất bao lâu, tốn bao nhiêu? Bên kia dùng tên trước khi em đăng ký thì em có đòi họ bỏ được không?

Anh chị gọi em số 0905 627 318 hoặc nhắn Zalo cũng được, em bán buổi sáng nên chiều mới rảnh.

Em cảm ơn nhiều.
Võ Thị Hạnh""",
    label=dict(cat="service_request", lang="vi", name="Võ Thị Hạnh", phone="+84905627318",
               note="Central wording ('ni', 'rứa', 'răng', 'chi'). Writer says explicitly it is 'không phải khiếu nại'; it is a trademark inquiry."),
),
dict(
    key="sr_kho_ca_shop_online",
    date="2026-02-24 23:47:19",
    from_name="Khô Cá Bé Ba", from_email="khocabeba.store@gmail.com",
    to="info", hdr="B",
    subject="Tư vấn mở công ty hay hộ kinh doanh cho shop online",
    style="gmail", fmt="alt", cte="base64",
    body="""Hi anh chị,

Em là Lý Ngọc Hân, chủ shop "Khô Cá Bé Ba" ở Sóc Trăng, bán khô cá lóc, khô cá sặc, mắm các loại qua TikTok Shop với fanpage. Từ Tết tới giờ đơn tăng mạnh, mỗi ngày ship COD cỡ 200 order, bên sàn bắt đầu yêu cầu giấy phép kinh doanh với giấy chứng nhận ATTP.

Em đang phân vân nên đăng ký hộ kinh doanh hay mở công ty TNHH luôn, cái nào thuế nhẹ hơn, và em có cần đăng ký nhãn hiệu "Khô Cá Bé Ba" không ạ. Nếu bên mình có gói làm trọn (giấy phép + ATTP + nhãn hiệu) thì gửi em bảng giá nha.

Inbox Zalo em 0392 705 164 cho nhanh, em livestream buổi tối nên trả lời email hơi chậm.

Thanks anh chị nhiều!
Hân - Khô Cá Bé Ba""",
    label=dict(cat="service_request", lang="mixed", name="Lý Ngọc Hân", phone="+84392705164",
               note="From display name is the shop name; the person is Lý Ngọc Hân (named in the body)."),
),
dict(
    key="sr_thua_ke_dat_ray_reply",
    date="2026-04-04 20:41:55",
    from_name="Phạm Thị Lài", from_email="phamthilai.eakao@gmail.com",
    to="info_named", hdr="B",
    subject="Re: Tư vấn thủ tục khai nhận di sản thừa kế đất rẫy",
    style="gmail", fmt="alt", cte="quoted-printable",
    reply_to_firm=True,
    body="""Dạ chào anh Khoa,

Vợ chồng em đọc kỹ rồi. Nhà em có 5 anh chị em, mạ em cũng còn, mọi người đã thống nhất để đất rẫy 1,2 ha (sổ đứng tên ba em, ổng mất năm 2023) cho em đứng tên, mấy anh chị kia ký văn bản từ chối nhận di sản. Hai người đang ở Bình Dương với Đồng Nai thì ký ở đâu được anh?

Em muốn nhờ công ty làm trọn gói luôn, từ khai nhận tới sang tên. Anh báo phí giúp em, với lại hẹn ngày em mang sổ đỏ, giấy chứng tử lên văn phòng, hay công ty có người xuống Buôn Ma Thuột được không.

Địa chỉ nhà em: thôn 4, xã Ea Kao, tỉnh Đắk Lắk
ĐT: 0914 382 906

Phạm Thị Lài""",
    quote_hdr="Vào 10:05, Th 5, 2 thg 4, 2026 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:",
    quote="""Kính gửi chị Lài,

Về trường hợp đất rẫy đứng tên cha đã mất và không để lại di chúc, di sản sẽ được chia theo pháp luật cho những người thừa kế hàng thứ nhất (vợ, chồng, cha, mẹ, các con). Các đồng thừa kế có thể lập văn bản thỏa thuận phân chia hoặc từ chối nhận di sản tại tổ chức hành nghề công chứng.

Trường hợp gia đình muốn Công ty thực hiện trọn gói, chị có thể trả lời thư này hoặc liên hệ tổng đài 1800 63 65 để được sắp xếp lịch.

Trân trọng,
Lê Minh Khoa
Công ty Hệ Thống Luật TNHH Thịnh Trí
57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM""",
    label=dict(cat="service_request", lang="vi", name="Phạm Thị Lài", phone="+84914382906",
               address="thôn 4, xã Ea Kao, tỉnh Đắk Lắk",
               note="Reply; only the top part is new. Quoted firm signature has the firm's hotline and address, not the sender's."),
),
dict(
    key="sr_tom_ca_mau_iphone",
    date="2026-04-15 05:48:22",
    from_name="Luom Ta", from_email="tavanluom.cm@icloud.com",
    to="info",
    subject="hoi ve viec ao tom bi o nhiem nuoc",
    style="iphone", fmt="plain", cte="quoted-printable",
    body="""Chao cong ty,
Toi ten Ta Van Luom, nuoi tom the o Dam Doi, Ca Mau. Dau thang 4 ong hang xom xa nuoc thai ao benh ra kenh chung, 2 ao tom cua toi 45 ngay tuoi chet sach, thiet hai hon 200 trieu. Toi co quay video luc ong xa nuoc, co ca ky su tram khuyen nong xuong lay mau nuoc.
Toi muon hoi gio lam sao bat ong do boi thuong, co can gui don len xa truoc khong, hay kien ra toa luon. Cong ty co nhan vu o xa vay khong.
Dt: 0916.702.385
Cam on

Gửi từ iPhone của tôi""",
    label=dict(cat="service_request", lang="vi", name="Ta Van Luom", phone="+84916702385",
               note="No-diacritics body with the default iPhone sign-off; From display is 'Luom Ta', the body name is 'Ta Van Luom'."),
),
dict(
    key="sr_ba_ngoai_dinh_chinh_so_do",
    date="2026-03-02 19:30:44",
    from_name="Đoàn Ngọc Yến Nhi", from_email="yennhi.doan2004@gmail.com",
    to="info", hdr="B",
    subject="Nhờ công ty giúp bà ngoại làm lại sổ đỏ bị ghi sai tên",
    style="gmail", fmt="alt", cte="base64",
    body="""Kính gửi Công ty Thịnh Trí,

Cháu là Yến Nhi, cháu ngoại, cháu viết thư này giùm bà. Sau đây là lời của bà cháu:

"Tui tên Trần Thị Lựu, 74 tuổi, ở ấp Tân Hòa, xã Long Hựu, tỉnh Tây Ninh. Hồi năm 2019 xã cấp sổ đỏ cho miếng đất ruộng 3 công của tui mà ghi tên là "Trần Thị Lựa", năm sinh cũng sai thành 1953 trong khi tui sinh năm 1952. Giờ tui muốn làm giấy tặng cho thằng con út mà văn phòng công chứng nói tên trong sổ không khớp căn cước nên không làm được.

Tui nhờ công ty coi giùm phải làm giấy tờ gì để đính chính cái sổ, có phải lên tỉnh không, và công ty làm giùm thì bao nhiêu tiền. Tui lớn tuổi nghe điện thoại hổng rõ, có gì mấy cô chú gọi cho cháu Nhi số 0377 158 402, hoặc trả lời qua email này, cháu nó đọc cho tui nghe."

Cháu cảm ơn Công ty ạ.
Yến Nhi""",
    label=dict(cat="service_request", lang="vi", name="Trần Thị Lựu", phone="+84377158402",
               address="ấp Tân Hòa, xã Long Hựu, tỉnh Tây Ninh",
               note="Typed by the granddaughter (From 'Đoàn Ngọc Yến Nhi') in the grandmother's words; the requester is Trần Thị Lựu. "
                    "The phone is the granddaughter's but is explicitly given as where to reach her, and she asks for replies to this mailbox. "
                    "'Đính chính sổ đỏ' asks the firm to correct a state land certificate (a service), not the firm's own records; misspelling 'Trần Thị Lựa' also appears."),
),
dict(
    key="sr_homestay_hoian",
    date="2026-01-20 10:11:03",
    from_name="Sander Vermeulen", from_email="sander.vermeulen.hoian@gmail.com",
    to="info",
    subject="Homestay licence and fire safety certificate - Cam Thanh",
    style="gmail", fmt="alt", cte="quoted-printable",
    body="""Dear Sir/Madam,

My wife Thu and I run a small homestay (5 rooms) in the rice fields near Hoi An. The house is registered in my wife's name, Ms. Ngo Thi Thu, and we live on the ground floor ourselves. Our address is Tổ 3, thôn Thanh Tam, Cẩm Thanh, Hội An.

The local police told us last week that we need a fire prevention certificate and that the conditions for accommodation businesses changed this year. Honestly we are confused about which papers are needed and whether I, as a Dutch national, can be listed as co-owner of the business.

We would like to hire your firm to check our paperwork and handle the applications. Could you send us a quote? My number is +84 935 640 172; my wife speaks Vietnamese if that is easier for your staff.

Kind regards,
Sander Vermeulen""",
    label=dict(cat="service_request", lang="en", name="Sander Vermeulen", phone="+84935640172",
               address="Tổ 3, thôn Thanh Tam, Cẩm Thanh, Hội An",
               note="Wife's name (Ngo Thi Thu) also appears; the sender is Sander Vermeulen. Address is the house they live in."),
),
dict(
    key="sr_tieu_xoa_no",
    date="2026-05-11 09:03:58",
    from_name="Nguyen Huu Loc", from_email="huuloc.chuse@gmail.com",
    to="info",
    subject="hoi ve khoanh no, xoa no vay ngan hang do mat mua",
    style="gmail", fmt="alt", cte="7bit",
    body="""Kinh gui cong ty luat,
Toi ten Nguyen Huu Loc, trong tieu o Chu Se, Gia Lai. Nam 2023 toi vay ngan hang 400 trieu, the chap so do, de trong moi 2 ha tieu. Hai nam nay tieu bi chet nhanh chet cham, roi han han, gan nhu mat trang, toi tra lai khong noi, ngan hang goi nhac no lien tuc va noi se phat mai dat.
Nghe noi nha nuoc co chinh sach khoanh no, xoa no cho nong dan bi thien tai dich benh. Toi muon nho luat su xem truong hop cua toi co duoc xet khoanh no hay xoa no khong, ho so gom nhung gi, va co the dai dien toi lam viec voi ngan hang duoc khong.
SDT: 0868 529 013
Nguyen Huu Loc""",
    label=dict(cat="service_request", lang="vi", name="Nguyen Huu Loc", phone="+84868529013",
               note="'xóa nợ' means a bank debt write-off, not deletion of personal data."),
),
dict(
    key="sr_viet_kieu_dat_dua",
    date="2026-02-09 06:22:17", tz="-0800",
    from_name="Kevin Tran", from_email="kevin.tran.sj@gmail.com",
    to="info", hdr="Q",
    subject="Hỏi về thừa kế đất dừa ở Bến Tre - Viet Kieu",
    style="gmail", fmt="alt", cte="quoted-printable",
    body="""Hi anh chị,

Em tên Trần Minh Khang (Kevin), Việt kiều Mỹ, hiện ở San Jose. Bà nội em mới mất hồi tháng 1, để lại khoảng 2 mẫu vườn dừa ở Mỏ Cày, Bến Tre. Ba em mất rồi nên em với hai cô ruột là người thừa kế. Hai cô muốn bán đất rồi chia tiền, còn em thì muốn giữ lại phần của em.

Em có mấy câu hỏi:
1. Việt kiều có quốc tịch Mỹ thì có được đứng tên đất nông nghiệp không? Nếu không thì em có được nhận giá trị phần thừa kế không?
2. Em không về VN được trong năm nay, có thể làm power of attorney (giấy ủy quyền) ở lãnh sự quán cho người nhà làm giùm không?

Anh chị reply bằng English hay tiếng Việt đều được. Số của em bên Mỹ: +1 (408) 872-3156, anh chị gọi qua WhatsApp cho đỡ tốn tiền nha. Giờ bên đây trễ hơn VN 15 tiếng.

Thanks so much,
Kevin""",
    label=dict(cat="service_request", lang="mixed", name="Trần Minh Khang", phone="+14088723156",
               note="Sender uses English name Kevin (From 'Kevin Tran'); full Vietnamese name Trần Minh Khang is given in the body. Phone is a US number."),
),
dict(
    key="sr_tap_hoa_thue_mat_bang",
    date="2026-05-06 13:15:36",
    from_name="Lê Thị Thu Cúc", from_email="thucuc.taphoa@gmail.com",
    to="info", hdr="B",
    subject="Chủ nhà đòi lấy lại mặt bằng trước hạn hợp đồng (có hình hợp đồng)",
    style="gmail", fmt="mixed", cte="base64",
    attach=[("HD_thue_nha_trang1.jpg", "image/jpeg"), ("HD_thue_nha_trang2.jpg", "image/jpeg")],
    body="""Chào Công ty,

Tôi là Lê Thị Thu Cúc, mở tiệm tạp hóa gần chợ Long Hoa. Tôi thuê căn nhà mặt tiền này từ năm 2022, hợp đồng 5 năm tới tháng 6/2027, có công chứng, mỗi năm tăng giá 5%. Vợ chồng tôi ở luôn trên gác nên đây cũng là nhà của tôi: 112 đường Phạm Hùng, khu phố Long Trung, phường Hòa Thành, tỉnh Tây Ninh.

Tuần trước chủ nhà báo miệng là con ổng về cần lấy lại mặt bằng, cho tôi tới cuối tháng 5 phải dọn đi, nói sẽ trả lại 1 tháng tiền cọc thôi. Tôi đã sửa sang, đóng kệ hết gần 80 triệu.

Tôi gửi kèm hình chụp 2 trang hợp đồng. Nhờ Công ty coi giùm chủ nhà làm vậy đúng không, tôi được đòi bồi thường những gì, và nếu cần thì Công ty nhận làm việc với chủ nhà giùm tôi. Chuyện hủy hợp đồng trước hạn thì trong hợp đồng có ghi phạt cọc nhưng tôi đọc không hiểu lắm.

Số điện thoại: 0933 862 741

Cảm ơn Công ty,
Thu Cúc""",
    label=dict(cat="service_request", lang="vi", name="Lê Thị Thu Cúc", phone="+84933862741",
               address="112 đường Phạm Hùng, khu phố Long Trung, phường Hòa Thành, tỉnh Tây Ninh",
               note="'hủy hợp đồng' refers to the landlord ending the lease early. Two JPEG attachments."),
),
# ---------------------------------------------------------------- complaint
dict(
    key="co_hui_lo_so_dien_thoai",
    date="2026-04-13 19:58:02",
    from_name="Be Nam Huynh", from_email="benamhuynh1985@gmail.com",
    to="support",
    subject="sao thong tin cua toi lot ra ngoai vay cong ty",
    style="gmail", fmt="alt", cte="7bit",
    body="""Chao cong ty,
Toi la Huynh Thi Be Nam o Cho Moi, An Giang. Bua 3/4 toi co goi dien va gui email nho cong ty tu van vu toi bi gat tien hui (hui chet, hon 150 trieu). Toi co ghi ro so dien thoai 0947 315 860 va ke het chuyen nha toi dang ket tien.
Vay ma tu bua do toi nay ngay nao cung co may so la goi toi: moi vay tien khong can the chap, noi "biet chi dang can tien gap", co nguoi con noi ca ten con gai toi. Toi o que, so dien thoai nay chi may nguoi trong nha voi ben cong ty biet thoi.
Toi rat buc xuc. Yeu cau cong ty kiem tra xem ai lam lo thong tin cua toi, tra loi cho toi bang van ban, va cho toi biet cong ty xu ly nguoi do ra sao.
Huynh Thi Be Nam""",
    label=dict(cat="complaint", lang="vi", name="Huynh Thi Be Nam", phone="+84947315860",
               note="Suspected leak of personal data after a consultation; asks for investigation and written answer."),
),
dict(
    key="co_luat_su_khong_den_hoa_giai",
    date="2026-04-10 07:31:26",
    from_name="Lê Văn Thạnh", from_email="thanh.levan.quangtri@gmail.com",
    to="support", hdr="Q",
    subject="Khiếu nại luật sư không đến buổi hòa giải tranh chấp đất",
    style="outlook", fmt="alt", cte="quoted-printable",
    body="""Kính gửi Ban Giám đốc Công ty Thịnh Trí,

Tui là Lê Văn Thạnh, ở thôn Phước Môn, xã Hải Lăng, tỉnh Quảng Trị. Tui ký hợp đồng với Công ty từ tháng 1 để luật sư đại diện trong vụ tranh chấp ranh đất với nhà bên cạnh, đã đóng 15 triệu.

Sáng 9/4 xã tổ chức hòa giải, luật sư Phương hứa ra tới nơi, tui với vợ chờ từ 7 giờ tới 9 rưỡi mà không thấy mô, gọi thì không bắt máy. Bên kia có người nhà làm trong xã, nói năng lấn lướt, tui không biết trả lời răng nên buổi hòa giải coi như thua. Chiều đó luật sư mới nhắn tin xin lỗi là kẹt xe.

Tui rất bức xúc. Đề nghị Công ty trả lời bằng văn bản chuyện ni và cho tui biết Công ty bồi hoàn phí cho tui ra răng. Nhân tiện, trong hợp đồng Công ty ghi tên tui là "Lê Văn Thạch", sửa lại cho đúng là Lê Văn Thạnh giùm.

Điện thoại: 0392 640 815
Lê Văn Thạnh""",
    label=dict(cat="complaint", lang="vi", name="Lê Văn Thạnh", phone="+84392640815",
               address="thôn Phước Môn, xã Hải Lăng, tỉnh Quảng Trị",
               note="Complaint (lawyer no-show, asks for written answer and refund) that also asks to fix the name on the contract; dominant intent complaint. Misspelled variant 'Lê Văn Thạch' also appears."),
),
dict(
    key="co_work_permit_reply",
    date="2026-04-17 21:03:48",
    from_name="Ramon Villanueva", from_email="ramon.villanueva82@yahoo.com",
    to="support",
    subject="Re: Your work permit renewal - status update",
    style="yahoo", fmt="alt", cte="quoted-printable",
    reply_to_firm=True,
    body="""Hi,

With respect, this is the third "status update" telling me my file is "being processed". My work permit expired on 31 March. Because of that, my employer in Nhon Trach has suspended me without pay, and your colleague Mr. Tuan told me on 12 March that everything had been submitted. When I called the Dong Nai labour department myself today, they said they have no application in my name.

I paid your firm 9,500,000 VND in February. I want a clear written explanation of what happened, the submission receipt if it exists, and a refund if the application was never filed. Please do not send me another template reply.

Ramon Villanueva
Mobile: 0908 173 526""",
    quote_hdr="On Tuesday, April 14, 2026, 09:12:40 AM GMT+7, Thinh Tri Support <support@thinhtrigroup.com> wrote:",
    quote="""Dear Mr. Villanueva,

Thank you for your patience. Your work permit renewal file is being processed and we will update you as soon as we receive feedback from the authorities.

For anything urgent, our hotline 1800 63 65 is open Monday to Saturday.

Best regards,
Nguyen Hai Yen
Thinh Tri Legal""",
    label=dict(cat="complaint", lang="en", name="Ramon Villanueva", phone="+84908173526",
               note="Reply; only the top part is new. Quoted firm text contains the firm's hotline."),
),
dict(
    key="co_xuong_moc_phi_phat_sinh",
    date="2026-04-08 16:44:12",
    from_name="Trương Công Danh", from_email="truongcongdanh.moc@outlook.com",
    to="support", hdr="B",
    subject="Phản ánh thái độ nhân viên và thu phí không đúng báo giá",
    style="owa", fmt="html", cte="base64",
    body="""Gửi Công ty Thịnh Trí,

Tôi là Trương Công Danh, chủ xưởng mộc Công Danh ở Tân Uyên. Tháng 3 tôi nhờ Công ty làm hồ sơ đăng ký thay đổi ngành nghề cho xưởng, nhân viên báo giá qua Zalo là 3.500.000đ trọn gói. Tới lúc nhận kết quả thì bị đòi thêm 2.000.000đ "phí phát sinh" mà không giải thích là phí gì.

Tôi gọi lên tổng đài 1800 63 65 bốn lần, lần nào cũng chờ mười mấy phút, có lần nhân viên nói chuyện cộc lốc rồi cúp máy ngang. Làm ăn kiểu này thì tôi không dám giới thiệu ai nữa.

Tôi đề nghị Công ty kiểm tra lại, hoàn lại khoản 2 triệu thu sai và có lời xin lỗi đàng hoàng. Tôi có lưu tin nhắn báo giá, nếu cần tôi gửi.

Trương Công Danh
ĐT/Zalo: 0965 238 047""",
    label=dict(cat="complaint", lang="vi", name="Trương Công Danh", phone="+84965238047",
               note="The firm's hotline 1800 63 65 appears in the text; it is not the sender's number. HTML-only message."),
),
dict(
    key="co_shop_my_pham_nhan_nham_ho_so",
    date="2026-03-26 10:27:50",
    from_name="Diem My Phan", from_email="diemmy.beauty.nt@gmail.com",
    to="info", hdr="Q",
    subject="Sao em nhận được hồ sơ của người khác?? Data của em có an toàn không",
    style="gmail", fmt="alt", cte="quoted-printable",
    body="""Hi anh chị Thịnh Trí,

Em là Phan Ngọc Diễm My, chủ shop mỹ phẩm handmade ở Nha Trang, đang làm hồ sơ công bố sản phẩm với bên mình. Sáng nay em nhận được email từ bên mình có attach file "HĐ dịch vụ + CCCD" nhưng là của một chị khác ở Cam Ranh, có full tên, số CCCD, địa chỉ nhà, cả số tài khoản ngân hàng luôn.

Em không forward cho ai và sẽ xóa email đó. Nhưng em thật sự lo, vì em cũng đã gửi CCCD, giấy phép kinh doanh với công thức sản phẩm cho bên mình. Nếu file của chị kia bị gửi nhầm được thì file của em có bị gửi cho ai khác chưa?

Em cần bên mình confirm lại chuyện này xảy ra thế nào, ai đang xử lý hồ sơ của em, và bên mình sẽ fix như thế nào. Em không hài lòng chút nào.

Diễm My
0899 142 657""",
    label=dict(cat="complaint", lang="mixed", name="Phan Ngọc Diễm My", phone="+84899142657",
               note="Complaint about another client's documents sent to her; 'sẽ xóa email đó' is what she will do herself, not a deletion request."),
),
dict(
    key="co_fwd_doi_no",
    date="2026-04-22 07:12:05",
    from_name="Châu Văn Tới", from_email="chauvantoi.tanchau@gmail.com",
    to="support", hdr="B",
    subject="Fwd: Thông báo hỗ trợ thu hồi nợ - khẩn",
    style="gmail", fmt="alt", cte="base64",
    body="""Gửi Công ty,

Tui chuyển tiếp cái email tui nhận hôm qua. Tui hổng có nhờ cái công ty đòi nợ nào hết. Chuyện tui đang tranh chấp tiền cọc mua máy gặt đập liên hợp với đại lý ở Tân Châu thì tui chỉ kể với luật sư bên Công ty hôm 17/4, vậy mà bên này biết rõ số tiền 85 triệu, biết tên vợ tui, biết luôn địa chỉ nhà.

Tui yêu cầu Công ty giải thích vì sao thông tin của tui lọt ra ngoài, ai đưa cho họ. Nếu hổng làm rõ tui sẽ báo công an.

Châu Văn Tới
0939 406 172

---------- Forwarded message ---------
Từ: Phòng Thu Hồi Nợ - Tài Chính Phát Đạt <thuhoino@phatdat-finance.vn>
Date: Th 3, 21 thg 4, 2026 lúc 16:02
Subject: Thông báo hỗ trợ thu hồi nợ - khẩn
To: <chauvantoi.tanchau@gmail.com>

Kính gửi ông Châu Văn Tới,

Chúng tôi được biết ông đang có khoản tranh chấp 85.000.000đ với đại lý máy nông nghiệp. Công ty chúng tôi có thể hỗ trợ thu hồi khoản tiền này nhanh chóng, chi phí chỉ 20% số tiền thu được. Ông vui lòng liên hệ chuyên viên Trần Quốc Dũng, số 0822 619 354, để được tư vấn.

Phòng Thu Hồi Nợ
Tài Chính Phát Đạt""",
    label=dict(cat="complaint", lang="vi", name="Châu Văn Tới", phone="+84939406172",
               note="Forwarded third-party email included as evidence; its name and phone (Trần Quốc Dũng, 0822 619 354) are not the sender's."),
),
dict(
    key="co_cp1258_tiet_lo_chuyen_gia_dinh",
    date="2026-04-03 09:18:30",
    from_name="Bùi Quang Thiệu", from_email="buiquangthieu1958@yahoo.com.vn",
    to="info",
    subject="Phản ánh việc tiết lộ chuyện gia đình",
    style="oe", fmt="plain", cte="quoted-printable", charset="windows-1258",
    body="""Kính gửi Ban Giám đốc Công ty Thịnh Trí,

Tôi là Bùi Quang Thiệu, chủ cửa hàng vật liệu xây dựng ở Sơn Tịnh, Quảng Ngãi. Tháng 3 vừa rồi tôi có nhờ Công ty tư vấn riêng về việc lập di chúc chia đất cho các con, tôi đã dặn kỹ là không để anh em trong họ biết.

Vậy mà tuần rồi em trai tôi gọi điện chất vấn tôi về chuyện chia đất, nói là có người xưng là nhân viên Công ty gọi cho nó để "xác minh thông tin gia đình". Tôi không hề đưa số của em tôi cho Công ty, không hiểu vì sao lại có chuyện này.

Việc này làm gia đình tôi lục đục. Tôi đề nghị Công ty làm rõ ai đã gọi cho em trai tôi và vì sao, trả lời cho tôi bằng thư. Tôi sẽ không tiếp tục làm việc nếu không được giải thích thỏa đáng.

Bùi Quang Thiệu
Điện thoại nhà: (0255) 3841 276""",
    label=dict(cat="complaint", lang="vi", name="Bùi Quang Thiệu", phone="+842553841276",
               note="Body is windows-1258 with combining tone marks; compare after NFC normalisation. Landline number."),
),
dict(
    key="co_trademark_never_filed",
    date="2026-04-20 11:36:14",
    from_name="Matteo Rinaldi", from_email="matteo@langbiangroast.com",
    to="support",
    subject="Trademark application never filed - I want to cancel and get a refund",
    style="outlook", fmt="alt", cte="7bit",
    body="""To whom it may concern,

In November 2025 I signed a service agreement with your firm to register the trademark "LANGBIANG ROAST" in classes 30 and 43 and paid the full fee of 12,800,000 VND. I was promised the application would be filed with the IP Office within ten working days.

Five months later I still have no filing receipt. I have sent four emails to your support address and received only one reply, saying the file was "pending review". Meanwhile a cafe in Da Lat has opened under a very similar name.

I would like to cancel the service and receive a full refund, together with a written explanation of why the application was never filed. If I do not hear back within seven days I will take this further.

Matteo Rinaldi
Langbiang Roast Co., Da Lat
Mobile: 0772 485 310""",
    label=dict(cat="complaint", lang="en", name="Matteo Rinaldi", phone="+84772485310",
               note="'cancel the service' is part of the complaint, not a data deletion request."),
),
dict(
    key="co_facebook_case_study",
    date="2026-03-10 18:09:33",
    from_name="Maricel Santos", from_email="maricel.santos.teach@gmail.com",
    to="info",
    subject="Why is my case on your Facebook page?",
    style="iphone", fmt="plain", cte="7bit",
    body="""Hello,

I am an English teacher living in Long Xuyen, An Giang. In January your firm helped me with a dispute about unpaid salary at a language centre. I was satisfied with the result.

Yesterday a friend sent me a screenshot of your Facebook page. There is a post called "Case study: foreign teacher wins back 3 months' wages" and it includes my first name, my nationality, the name of the centre, and a photo of the settlement letter where my signature and passport number can be read if you zoom in. Nobody asked my permission.

I am very upset. I ask you to take the post down immediately, explain why this was published without my consent, and tell me who else has seen my documents.

Maricel Santos
0794 236 581

Sent from my iPhone""",
    label=dict(cat="complaint", lang="en", name="Maricel Santos", phone="+84794236581",
               note="Asks to take a post down, but the message as a whole is a complaint about publication without consent (explanation demanded), not a plain deletion request."),
),
]
