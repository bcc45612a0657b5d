"""extract_contact: name, phone (E.164), email and address of the sender, never the firm's own."""

from __future__ import annotations

import pytest

from handlers.extract import extract_contact
from handlers.types import ContactFields
from ingest.parse import parse_message

OWN_EMAILS = frozenset({"info@thinhtrigroup.com", "support@thinhtrigroup.com"})
OWN_PHONES = frozenset({"1800 63 65"})


def _contact(body: str, *, sender: str = "Khách Hàng <khach@gmail.com>", subject: str = "Hỏi", headers: str = ""):
    raw = (
        f"From: {sender}\r\nTo: info@thinhtrigroup.com\r\nSubject: {subject}\r\n{headers}"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    )
    return extract_contact(parse_message(raw.encode("utf-8")), OWN_EMAILS, OWN_PHONES)


# ------------------------------------------------------------------------------------------ name


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Họ và tên: Phạm Minh Tuấn\nĐT: 0903 123 456", "Phạm Minh Tuấn"),
        ("Họ tên: NGUYỄN VĂN AN", "NGUYỄN VĂN AN"),
        ("Tôi là Lê Thị Xuân Hoa, năm 2024 có nhờ công ty tư vấn.", "Lê Thị Xuân Hoa"),
        ("Tôi tên Lạc Văn Toàn. Tôi muốn xây nhà.", "Lạc Văn Toàn"),
        ("toi ten Ho Van Thang, lam cong nhan o Long An.", "Ho Van Thang"),
        ("Toi ten Chu Van Khai, o Bac Ninh.", "Chu Van Khai"),  # "Chu" is a surname, "chú" a title
        ("Em la Nguyen Thi Phuong Uyen (Uyen chu U-Y-E-N), dang lam ho so.", "Nguyen Thi Phuong Uyen"),
        ("Mình là Trịnh Gia Khánh (Alex), client của anh Quang.", "Trịnh Gia Khánh"),
        ("I am Dr. Richard Evans, a fund manager.", "Richard Evans"),
        ("My name is Anna Kowalski and I live in Hanoi.", "Anna Kowalski"),
    ],
)
def test_name_from_label_or_self_introduction(body: str, name: str) -> None:
    assert _contact(body, sender="someone@gmail.com").name == name


def test_self_introduction_beats_the_mailbox_owner() -> None:
    body = "Tôi là Phan Văn Tư, 64 tuổi, nhờ con trai gửi giúp email này."
    assert _contact(body, sender="Phan Minh Đức <duc@gmail.com>").name == "Phan Văn Tư"


def test_short_form_is_completed_from_signature_or_display_name() -> None:
    body = "Em là Bảo Ngân, co-founder của GreenLoop.\n\nThanks a lot,\nTrần Lê Bảo Ngân\nM: +84 329 508 176"
    assert _contact(body).name == "Trần Lê Bảo Ngân"
    assert _contact("Em là Thanh Hương, muốn hỏi thủ tục.", sender="Nguyễn Thị Thanh Hương <h@gmail.com>").name == (
        "Nguyễn Thị Thanh Hương"
    )


def test_signature_line_beats_a_reordered_display_name() -> None:
    body = "cong ty xoa giup so dien thoai cua toi.\nDuong Quoc Viet"
    assert _contact(body, sender="Viet Duong <v@gmail.com>").name == "Duong Quoc Viet"


def test_signature_after_closing_skips_titles_and_companies() -> None:
    body = "Could you call me back?\n\nThanks,\nMichael Brooks\nBrooks Pacific Trading"
    assert _contact(body, sender="info@brookspacific.com.au").name == "Michael Brooks"
    body = "Chị gọi em nhé.\nEm Hoa"  # pronoun + given name: not a full name
    assert _contact(body, sender="Lê Thị Hoa <hoa@gmail.com>").name == "Lê Thị Hoa"


@pytest.mark.parametrize(
    ("sender", "name"),
    [
        ("Minh Triet Vo <v@gmail.com>", "Minh Triet Vo"),
        ("\"Dr. Richard Evans\" <r@x.com>", "Richard Evans"),
        ("nguyen van an <an@gmail.com>", "nguyen van an"),
        ("Phòng Hành chính - Nhân sự <hcns@x.vn>", None),
        ("Công ty TNHH ABC <info@abc.vn>", None),
        ("Thinh Tri Legal Support <s@x.vn>", None),
        ("an@gmail.com", None),
    ],
)
def test_display_name_only_when_it_is_a_person(sender: str, name: str | None) -> None:
    assert _contact("da nhan duoc, thanks", sender=sender).name == name


# ------------------------------------------------------------------------------------------ phone


@pytest.mark.parametrize(
    ("body", "phone"),
    [
        ("Em để số Zalo: 0977 603 158.", "+84977603158"),
        ("Jessica Morgan\n+84 901 447 263", "+84901447263"),
        ("xin gọi qua số nhà (0292) 3812 604.", "+842923812604"),
        ("Tel: (028) 3827 4410", "+842838274410"),
        ("DT: 0983.605.147", "+84983605147"),
        ("Vui long lien he toi: 097.205.6318", "+84972056318"),
        ("Office phone: +84 28 3520 8876", "+842835208876"),
        ("Call me on (+84) 903-123-456", "+84903123456"),
        ("Hotline: 1800 63 65. Số của tôi: 0912 345 678", "+84912345678"),
        ("Tổng đài 1900 1234, tôi không có số khác.", None),
        ("Ngày 15/01/2026 tôi chuyển khoản 5.000.000 đồng, CCCD 079201001234.", None),
    ],
)
def test_phone(body: str, phone: str | None) -> None:
    assert _contact(body).phone == phone


def test_new_number_wins_over_old() -> None:
    body = "- New mobile: 0706 338 451 (số cũ 0903 772 190 không dùng nữa)"
    assert _contact(body).phone == "+84706338451"
    body = "Số cũ của tôi là 0903 111 222, nay đổi thành số mới 0987 654 321."
    assert _contact(body).phone == "+84987654321"


def test_quoted_and_forwarded_numbers_are_not_the_senders() -> None:
    body = (
        "Tôi yêu cầu công ty giải thích.\n\nNông Thị Thu Trang\n0945 216 873\n\n________________________________\n"
        "From: Bảo hiểm <a@b.vn>\nSent: Thursday, March 19, 2026 8:47 AM\nTo: t@x.vn\nSubject: Mời\n\n"
        "Liên hệ chuyên viên: 0931 002 558"
    )
    assert _contact(body).phone == "+84945216873"
    reply = "Tôi đồng ý.\n\nOn Mon, 6 Apr 2026, Thinh Tri <info@thinhtrigroup.com> wrote:\n> Call 0283 822 1111"
    assert _contact(reply).phone is None


def test_own_phones_are_never_the_customers() -> None:
    raw = "From: k@gmail.com\r\nSubject: x\r\n\r\nGọi tôi qua 028 3822 1111\r\n".encode()
    msg = parse_message(raw)
    assert extract_contact(msg).phone == "+842838221111"
    assert extract_contact(msg, own_phones=frozenset({"+84 28 3822 1111"})).phone is None


# ------------------------------------------------------------------------------------------ email


def test_email_defaults_to_from_lowercased() -> None:
    assert _contact("Xin tư vấn", sender="An <An.Tran@Gmail.COM>").email == "an.tran@gmail.com"


def test_reply_to_beats_from() -> None:
    assert _contact("Xin tư vấn", sender="Web <no-reply@forms.vn>", headers="Reply-To: Khach@Gmail.com\r\n").email == (
        "khach@gmail.com"
    )


@pytest.mark.parametrize(
    "body",
    [
        "tôi muốn đổi sang email mới: doanminhchau.pharma@gmail.com. Đề nghị cập nhật.",
        "Please update my contact email to doanminhchau.pharma@gmail.com and use it from now on.",
        "Xin liên hệ lại qua email riêng của tôi là doanminhchau.pharma@gmail.com hoặc điện thoại.",
        "Email: doanminhchau.pharma@gmail.com",
        "My old email ken.old@company.com is no longer in use. New: doanminhchau.pharma@gmail.com",
    ],
)
def test_contact_email_given_in_body_wins(body: str) -> None:
    assert _contact(body, sender="Old <ken.old@company.com>").email == "doanminhchau.pharma@gmail.com"


def test_third_party_and_firm_addresses_are_not_contact_emails() -> None:
    body = "Tôi nhận được email từ agent@visa-fast.vn và đã báo cho anh Quang (quang@thinhtrigroup.com)."
    assert _contact(body, sender="k@gmail.com").email == "k@gmail.com"


def test_firm_as_sender_gives_no_email() -> None:
    assert _contact("Forwarded internally", sender="info@thinhtrigroup.com").email is None


# ------------------------------------------------------------------------------------------ address


@pytest.mark.parametrize(
    ("body", "address"),
    [
        ("- Địa chỉ: 36 Trần Hưng Đạo, Phường Quy Nhơn, tỉnh Gia Lai", "36 Trần Hưng Đạo, Phường Quy Nhơn, tỉnh Gia Lai"),
        ("Địa chỉ: 54 Lý Tự Trọng, Phường Ninh Kiều, TP. Cần Thơ.", "54 Lý Tự Trọng, Phường Ninh Kiều, TP. Cần Thơ"),
        ("Dia chi: 45 Tran Phu, Nha Trang - SDT: 0905 678 123", "45 Tran Phu, Nha Trang"),
        ("New address: Căn hộ B-1508, 25 Nguyễn Hữu Thọ, P. Tân Hưng, TP.HCM", "Căn hộ B-1508, 25 Nguyễn Hữu Thọ, P. Tân Hưng, TP.HCM"),
        ("Địa chỉ:\nTổ 5, khu phố 2, Phường Long Bình, Đồng Nai", "Tổ 5, khu phố 2, Phường Long Bình, Đồng Nai"),
        (
            "Tôi muốn xây lại căn nhà đang ở tại 142/9 Tô Ngọc Vân, Phường Tam Bình, TP.HCM thành nhà 4 tầng.",
            "142/9 Tô Ngọc Vân, Phường Tam Bình, TP.HCM",
        ),
        (
            "Tôi ở số 12 ngõ 34 phố Láng Hạ, phường Láng Hạ, quận Đống Đa, Hà Nội. Hàng xóm lấn đất.",
            "số 12 ngõ 34 phố Láng Hạ, phường Láng Hạ, quận Đống Đa, Hà Nội",
        ),
        ("Markus Hoffmann\nSchillerstraße 41, 70173 Stuttgart, Germany", "Schillerstraße 41, 70173 Stuttgart, Germany"),
        ("Địa chỉ email: a@b.vn", None),
        ("Địa chỉ cũ: 1 Lê Lợi, Quận 1", None),
        ("Tòa án nhân dân tại 131 Nam Kỳ Khởi Nghĩa, Quận 3 đã thụ lý vụ án.", None),  # not where the sender lives
    ],
)
def test_address(body: str, address: str | None) -> None:
    assert _contact(body).address == address


def test_firm_address_in_quoted_signature_is_ignored() -> None:
    body = (
        "Nhờ công ty soạn di chúc.\n\nVào Th 6, 6 thg 3, 2026 Thịnh Trí <info@thinhtrigroup.com> đã viết:\n"
        "> Địa chỉ: 57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM\n> Hotline 1800 63 65"
    )
    assert _contact(body).address is None


# ------------------------------------------------------------------------------------------ automated


def test_automated_mail_gives_empty_contact() -> None:
    body = "Đây là thư trả lời tự động.\nCông ty CP Nhựa Tâm Phát\nHotline: (0274) 3756 218"
    result = _contact(body, sender="Phòng HCNS <hcns@x.vn>", headers="Auto-Submitted: auto-replied\r\n")
    assert result == ContactFields() and result.is_empty()


@pytest.mark.parametrize(
    ("body", "phone"),
    [
        ("Gia đình tôi đã chuyển nhà.\nĐiện thoại vẫn như cũ: 0935 617 204.", "+84935617204"),  # "as before" is not "old"
        ("My husband's number (0908 446 713) is on the form as emergency contact.\nEmily Tran\n+84 70 552 8814",
         "+84705528814"),
        ("Con trai tôi là Trương Minh Hiếu (0908 117 362) sẽ chở tôi lên. Điện thoại nhà tôi: (028) 3792 5140",
         "+842837925140"),
        ("thang 1 e ck cho no, no hua giao hang, sdt no 0866 491 203\ne ten Ngan, sdt e 0981.335.672 nha", "+84981335672"),
    ],
)
def test_relatives_and_others_numbers_rank_below_the_senders(body, phone):
    assert _contact(body).phone == phone


@pytest.mark.parametrize(
    ("body", "address"),
    [
        ("Tôi ở thôn 4, xã Ea Kao, tỉnh Đắk Lắk, có việc muốn hỏi.", "thôn 4, xã Ea Kao, tỉnh Đắk Lắk"),
        ("Nguyễn Văn Tư\nẤp Phú Hòa, xã Phú Hòa Đông, huyện Củ Chi, TP.HCM\n0909 123 456",
         "Ấp Phú Hòa, xã Phú Hòa Đông, huyện Củ Chi, TP.HCM"),
        ("Con ở bản Nà Ngần, xã Mường La, tỉnh Sơn La.", "bản Nà Ngần, xã Mường La, tỉnh Sơn La"),
        # a plot of land being talked about is not where the sender lives
        ("Tôi nhờ làm sổ cho nhà đất của gia đình tại ấp 3, xã Bình Lợi, TP.HCM. Xin báo phí.", None),
        ("Tôi cần tổ chức buổi họp, bạn Lan, bạn Hoa cùng đi.", None),
    ],
)
def test_countryside_addresses_without_a_house_number(body, address):
    assert _contact(body).address == address


@pytest.mark.parametrize(
    ("body", "address"),
    [
        ("Trần Thu Hà\nTầng 12, 65 Lê Lợi, Phường Sài Gòn, TP.HCM", "Tầng 12, 65 Lê Lợi, Phường Sài Gòn, TP.HCM"),
        ("Lê Văn Khoa\nLô C5, KCN Mỹ Phước 2, Phường Bến Cát, TP. Hồ Chí Minh",
         "Lô C5, KCN Mỹ Phước 2, Phường Bến Cát, TP. Hồ Chí Minh"),
        ("Kế toán trưởng\nSố 14 đường số 7, KCN Vĩnh Lộc, phường Bình Hưng Hòa, TP.HCM",
         "Số 14 đường số 7, KCN Vĩnh Lộc, phường Bình Hưng Hòa, TP.HCM"),
    ],
)
def test_office_floors_and_industrial_lots(body, address):
    assert _contact(body).address == address


def test_an_address_given_as_a_correction_keeps_only_the_address():
    body = ("Họ tên và số điện thoại đúng, nhưng địa chỉ bị sai: tôi ở số 9 ngõ 74 Nguyễn Khang, Phường Yên Hòa, "
            "Hà Nội, không phải ngõ 47.")
    assert _contact(body).address == "số 9 ngõ 74 Nguyễn Khang, Phường Yên Hòa, Hà Nội"


def test_residence_said_as_tru_tai():
    body = "Tôi là Mẫn Văn Thọ, trú tại thôn Đông Xá, xã Phù Lãng, tỉnh Bắc Ninh. Tôi muốn hỏi về hồ sơ."
    assert _contact(body).address == "thôn Đông Xá, xã Phù Lãng, tỉnh Bắc Ninh"


@pytest.mark.parametrize(("display", "name"), [("Fiona McAllister", "Fiona McAllister"), ("Nha Khoa Minh Tâm", None)])
def test_display_names_of_people_and_of_clinics(display, name):
    assert _contact("Xin chào, tôi cần hỏi một việc.", sender=f"{display} <a@gmail.com>").name == name


@pytest.mark.parametrize(
    "body",
    ["Nếu cần xác minh, anh chị cứ gọi 0783 915 462.", "Có gì chị cứ nhắn Zalo hoặc gọi em 0783 915 462 ạ."],
)
def test_cu_goi_is_go_ahead_and_call_not_an_old_number(body):  # "cứ" and "cũ" fold alike
    assert _contact(body).phone == "+84783915462"


def test_a_street_part_after_the_house_number_keeps_the_address_going():
    body = "Nguyễn Văn An\nSố 7, đường D5, Khu dân cư Văn Thánh, Phường Thạnh Mỹ Tây, TP.HCM"
    assert _contact(body).address == "Số 7, đường D5, Khu dân cư Văn Thánh, Phường Thạnh Mỹ Tây, TP.HCM"


def test_ong_before_thi_is_a_surname_not_mister():
    assert _contact("Xin chào.", sender="Ong Thi Le Hang <hang@gmail.com>").name == "Ong Thi Le Hang"
    assert _contact("Xin chào.", sender="Ông Nguyễn Văn Tư <tu@gmail.com>").name == "Nguyễn Văn Tư"


@pytest.mark.parametrize(
    ("body", "address"),
    [
        ("Peter Lang\nApartment 21C, River Garden, 170 Nguyễn Văn Hưởng, Phường An Khánh, TP.HCM",
         "Apartment 21C, River Garden, 170 Nguyễn Văn Hưởng, Phường An Khánh, TP.HCM"),
        ("Anna Berg\nFlat 3A, 45 Ly Tu Trong, Ben Thanh Ward, HCMC", "Flat 3A, 45 Ly Tu Trong, Ben Thanh Ward, HCMC"),
        ("Head office: Room 804, Sun Tower, 12 Hai Ba Trung, Sai Gon Ward, Ho Chi Minh City",
         "Room 804, Sun Tower, 12 Hai Ba Trung, Sai Gon Ward, Ho Chi Minh City"),
        ("Nhà em ở P.2309 tòa A3, KĐT Vinhomes Smart City, phường Tây Mỗ, Hà Nội ạ.",
         "P.2309 tòa A3, KĐT Vinhomes Smart City, phường Tây Mỗ, Hà Nội"),
        ("Đào Văn Hải\nLô B-12, KCN Tân Tạo, Phường Tân Tạo, TP.HCM", "Lô B-12, KCN Tân Tạo, Phường Tân Tạo, TP.HCM"),
    ],
)
def test_apartments_towers_and_english_style_wards(body, address):
    assert _contact(body).address == address


@pytest.mark.parametrize(
    ("body", "address"),
    [
        ("Cũ: 12 Hoa Sứ, Phường Đức Nhuận, TP.HCM\nMới: 7/2 Đường số 4, Phường Bình Trưng, TP.HCM",
         "7/2 Đường số 4, Phường Bình Trưng, TP.HCM"),
        ("Tôi hiện ngụ tại 33 Lê Lai, Phường Hồng Bàng, TP. Hải Phòng, muốn hỏi về di chúc.",
         "33 Lê Lai, Phường Hồng Bàng, TP. Hải Phòng"),
        ("My home address is 8 Elm Road, Didsbury, Manchester M20 6RT, UK. Thank you.",
         "8 Elm Road, Didsbury, Manchester M20 6RT, UK"),
        ("Giấy tờ xin gửi về nhà tôi: 5 Hùng Vương, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng.",
         "5 Hùng Vương, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng"),
        # an estate's house is not where the sender lives
        ("Tài sản gồm căn nhà và đất tại 9 Trần Phú, Phường Hội An, TP. Đà Nẵng, do bố tôi đứng tên.", None),
        # a label of someone else's place
        ("Bên bán: 14 Lê Duẩn, Phường Sài Gòn, TP.HCM", None),
    ],
)
def test_labelled_lines_residence_words_and_estates(body, address):
    assert _contact(body).address == address


@pytest.mark.parametrize(
    ("body", "phone"),
    [
        # "thư mời" (an invitation) is not "mới" (new): the father's number is not the writer's
        ("Công ty vẫn gửi thư mời và gọi vào số 0912 554 018 của bố tôi. Xin liên hệ tôi qua số 0389 771 245.",
         "+84389771245"),
        ("Anh hai tôi giữ giấy tờ, số 0987 110 254, có thể gọi anh ấy.\nMọi việc xin liên hệ tôi qua email "
         "này hoặc số 0909 663 102.", "+84909663102"),
        ("Số trong hồ sơ là 0977 123 845 (ghi nhầm), số đúng là 0977 132 845.", "+84977132845"),
    ],
)
def test_whose_number_and_which_is_right(body, phone):
    assert _contact(body).phone == phone


@pytest.mark.parametrize(
    "body",
    [
        "Anh chị trả lời giúp em qua email riêng ngoc.lan.personal@gmail.com nhé.",
        "Please reply to my personal address ngoc.lan.personal@gmail.com rather than this work mailbox.",
        "Hồ sơ ghi email ngoc.lan.persnal@gmail.com (gõ nhầm). Email đúng là ngoc.lan.personal@gmail.com.",
    ],
)
def test_personal_address_in_the_body_wins(body):
    assert _contact(body, sender="Lan <lan@congty.vn>").email == "ngoc.lan.personal@gmail.com"


def test_a_given_name_that_folds_like_a_particle_is_kept():  # "Vân" folds to "van" (as in "van der")
    assert _contact("Mình là Đặng Thị Thu Vân (Vicky), khách hàng cũ.").name == "Đặng Thị Thu Vân"


@pytest.mark.parametrize(
    ("body", "phone"),
    [
        ('Tin nhắn họ gửi: "Chào chị, bên em có khách mua đất, LH em Tài 0886 201 774." Số của tôi 0975 640 118.',
         "+84975640118"),
        ("Chị Lâm Thị Hoa (SĐT 0903 552 871) đã nghỉ việc, em thay chị ấy.\nĐiện thoại: 0977 440 963",
         "+84977440963"),
        ("Điện thoại của bà (0914 662 305) hiện không dùng, nhờ cập nhật sang số của tôi là 0387 225 904.",
         "+84387225904"),
    ],
)
def test_quoted_third_party_and_unused_numbers(body, phone):
    assert _contact(body).phone == phone


@pytest.mark.parametrize(
    "body",
    [
        "Hộp thư ngoc.lan@congty.vn sẽ bị khóa cuối tháng, nhờ cập nhật email trong hồ sơ thành ngoc.lan.personal@gmail.com.",
        "Tôi đề nghị xóa thông tin của cháu (họ tên, email chau.be2012@gmail.com) khỏi danh sách. "
        "Liên hệ tôi qua email riêng ngoc.lan.personal@gmail.com.",
    ],
)
def test_closing_mailboxes_and_a_childs_address_are_not_the_contact(body):
    assert _contact(body, sender="Lan <ngoc.lan@congty.vn>").email == "ngoc.lan.personal@gmail.com"


@pytest.mark.parametrize(
    ("body", "sender", "name"),
    [
        ("Chào anh chị, em Lương Thị Thu Hà, năm ngoái có nhờ công ty tư vấn.", "Thu Ha <a@gmail.com>",
         "Lương Thị Thu Hà"),
        ("Cảm ơn.\nPhan Văn Lộc 0971 552 804", "Loc Phan <a@gmail.com>", "Phan Văn Lộc"),
        ("Thanks.\n\nBest regards,\nKelly Tran (Trần Ngọc Khánh Linh)", "Kelly Tran <a@gmail.com>",
         "Trần Ngọc Khánh Linh"),
        ("Em là Đỗ Ngọc Mai (Lisa), đang sống ở Sydney.", "Lisa Do <a@gmail.com>", "Đỗ Ngọc Mai"),
        ("Tôi là Ông Thị Kim Thoa, muốn hỏi thủ tục.", "Thoa <a@gmail.com>", "Ông Thị Kim Thoa"),
        ("Regards,\nMark Baker\nMobile VN: 0896 552 340", "Mark Baker <a@gmail.com>", "Mark Baker"),
    ],
)
def test_names_in_intros_signatures_and_brackets(body, sender, name):
    assert _contact(body, sender=sender).name == name


def test_the_firms_own_mailbox_in_the_body_is_not_the_contact_even_without_a_config():
    raw = ("From: Ana Ruiz <ana.ruiz@example.es>\r\nTo: support@firm-example.vn\r\nSubject: Complaint\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\n"
           "On 2 April I wrote to support@firm-example.vn asking you to delete my data.\r\n")
    assert extract_contact(parse_message(raw.encode())).email == "ana.ruiz@example.es"


@pytest.mark.parametrize(
    ("body", "address"),
    [
        ("Xin gửi bản giấy về địa chỉ: Số 9, ngách 12/3 phố Thái Hà, Phường Đống Đa, Hà Nội.",
         "Số 9, ngách 12/3 phố Thái Hà, Phường Đống Đa, Hà Nội"),
        ("Căn 12A, 40 Lê Văn Sỹ, Phường Nhiêu Lộc, TP.HCM", "Căn 12A, 40 Lê Văn Sỹ, Phường Nhiêu Lộc, TP.HCM"),
        ("My residential address is now 3rd floor, 8 Pasteur, Phường Sài Gòn, TP.HCM (we moved in May).",
         "3rd floor, 8 Pasteur, Phường Sài Gòn, TP.HCM"),
        ("Nhờ anh chị cập nhật địa chỉ:\nOld: 5 Hoa Cúc, Phường Phú Nhuận, TP.HCM\nNew: 22 Đường số 4, Phường An Khánh, TP.HCM",
         "22 Đường số 4, Phường An Khánh, TP.HCM"),
        ("Thư từ xin gửi về địa chỉ:\n\nLê Văn Tám\nLô A3, KDC Phú Mỹ, Phường Tân Mỹ, TP.HCM",
         "Lô A3, KDC Phú Mỹ, Phường Tân Mỹ, TP.HCM"),
    ],
)
def test_street_lanes_apartments_and_labelled_blocks(body, address):
    assert _contact(body).address == address


@pytest.mark.parametrize(
    ("body", "phone"),
    [
        ("You may call me on +44 7700 900412.", "+447700900412"),  # the UK drama range phonenumbers calls invalid
        ("Please call 7700 900412 or 12 345 678.", None),  # without "+country" nothing foreign is guessed
    ],
)
def test_foreign_numbers_written_with_their_country_code(body, phone):
    assert _contact(body).phone == phone


@pytest.mark.parametrize(
    ("body", "address"),
    [
        ("Phòng 1203, chung cư Sông Hồng, 8 Trần Phú, Phường Ba Đình, Hà Nội",
         "Phòng 1203, chung cư Sông Hồng, 8 Trần Phú, Phường Ba Đình, Hà Nội"),
        ("Kind regards,\nAnne Jansen\nHerengracht 40-1\n1015 BN Amsterdam, the Netherlands",
         "Herengracht 40-1, 1015 BN Amsterdam, the Netherlands"),
    ],
)
def test_named_blocks_and_two_line_foreign_addresses(body, address):
    assert _contact(body).address == address


def test_a_name_label_followed_by_a_spoken_intro():
    assert _contact('- Họ tên: em là Trịnh Thị Thanh Mai, không phải "Trịnh Thị Thanh Mại";').name == "Trịnh Thị Thanh Mai"


def test_a_building_cut_off_by_a_full_stop_is_no_address_and_no_crash():
    assert _contact("Tôi ở căn 3B tòa S1. 92 Nguyễn Hữu Cảnh, phường 22, quận Bình Thạnh.").address is None


@pytest.mark.parametrize(
    "body",
    [
        "Em đợi chị Thanh gọi lại qua số 0912 345 678. SĐT của em: 0903 123 456",  # "đợi … Thanh" is not "đổi … thành"
        "Em thấy sáng nay có cuộc gọi nhỡ 0912 345 678. SĐT của em: 0903 123 456",
        "Số điện thoại của cháu là 0903 123 456, có gì gọi 0912 345 678 cũng được.",  # "cháu" is the writer
        "Tôi tên là Nguyễn Văn An (SĐT 0903 123 456). Có việc gấp gọi 0912 345 678.",
    ],
)
def test_words_that_fold_like_new_or_someone_else_do_not_move_the_senders_number(body):
    assert _contact(body).phone == "+84903123456"


def test_a_relative_named_after_a_pronoun_mid_sentence_is_not_the_sender():
    body = "Tôi muốn làm thủ tục giám hộ cho em Nguyễn Thị Hoa, con của chị gái tôi.\n\nTrần Văn Bình"
    assert _contact(body).name == "Trần Văn Bình"


@pytest.mark.parametrize(
    ("body", "address"),
    [
        ("Tôi ở Lô C5, KCX Linh Trung, khu phố 6, T. Bình Dương", "Lô C5, KCX Linh Trung, khu phố 6, T. Bình Dương"),
        ("Tôi ở 12 Trần Phú, khu phố 3, T. Bình Dương", "12 Trần Phú, khu phố 3, T. Bình Dương"),
        # hostile runs of blanks: read as one space (the patterns once backtracked for minutes on these)
        ("Địa chỉ: 12 Lê Lợi," + " " * 3000 + "Phường Bến Thành, TP.HCM", "12 Lê Lợi, Phường Bến Thành, TP.HCM"),
        ("Tôi ở phòng 5," + "\t" * 3000 + "12 Lê Lợi, Phường Bến Thành, TP.HCM",
         "phòng 5, 12 Lê Lợi, Phường Bến Thành, TP.HCM"),
    ],
)
def test_unit_words_and_hostile_blanks(body, address):
    assert _contact(body).address == address


@pytest.mark.parametrize(
    ("body", "phone"),
    [
        ("Hỏi lại mới biết số điện thoại trong hồ sơ ghi là 0912 384 650.\nSố đúng của tôi là 0912 384 560.",
         "+84912384560"),
        ("Phiếu thông tin ghi số 0979 321 846, bị đảo hai chữ số. Nhờ sửa giúp em, em dùng 0979 312 846.",
         "+84979312846"),
        ("So cua anh ta la 0393 118 604 nhung goi khong nghe.\nCong ty lien he toi so 0917 035 468.", "+84917035468"),
    ],
)
def test_the_number_on_record_and_his_number_give_way_to_the_senders(body, phone):
    assert _contact(body).phone == phone
