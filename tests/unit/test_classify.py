"""classify: intents in Vietnamese (with and without diacritics) and English, negation, mixed intent,
not-a-request mail, automated mail, language, and the lexicon as extensible data."""

from __future__ import annotations

from pathlib import Path

import pytest

from handlers.classify import classify, find_cues
from handlers.language import detect_language
from handlers.lexicon import LexiconError, load_lexicon
from handlers.text import fold
from handlers.types import INTENTS
from ingest.parse import parse_message


def _msg(body: str, subject: str = "Thư gửi công ty", headers: str = ""):
    raw = (
        "From: Khách <khach@gmail.com>\r\nTo: info@thinhtrigroup.com\r\n"
        f"Subject: {subject}\r\n{headers}Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    )
    return parse_message(raw.encode("utf-8"))


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        ("Tôi muốn hỏi thủ tục đăng ký hộ kinh doanh cần giấy tờ gì, nhờ công ty báo phí trọn gói.", "service_request"),
        ("Cho toi hoi thu tuc ly hon don phuong, chi phi luat su bao nhieu?", "service_request"),
        ("Could you tell me which documents I need for a work permit and your fees?", "service_request"),
        ("Đề nghị Công ty liệt kê các thông tin của tôi mà Công ty còn giữ và gửi cho tôi một bản sao.", "access_request"),
        ("Please send me a copy of all personal data you hold about me.", "access_request"),
        ("Tôi đổi sang số mới 0387 164 952, nhờ anh chị cập nhật lại trong hồ sơ.", "correction_request"),
        ("Please update my contact email to me@new.com for all future correspondence.", "correction_request"),
        ("Đề nghị công ty xóa toàn bộ dữ liệu cá nhân của tôi.", "deletion_request"),
        ("I hereby request the erasure of all personal data relating to me.", "deletion_request"),
        ("Tôi khiếu nại vì hồ sơ chậm trễ, gọi điện thì không ai nghe máy. Đề nghị hoàn tiền.", "complaint"),
        ("This is unacceptable: nobody called me back and I want a refund.", "complaint"),
    ],
)
def test_intents(body: str, intent: str) -> None:
    result = classify(_msg(body))
    assert result.intent == intent
    assert 0.0 <= result.confidence <= 1.0
    assert any(r.startswith(f"cue:{intent}:") for r in result.reasons)


def test_with_and_without_diacritics_score_alike() -> None:
    with_marks = classify(_msg("Xin xóa thông tin của tôi khỏi danh sách."))
    without = classify(_msg("Xin xoa thong tin cua toi khoi danh sach."))
    assert with_marks.intent == without.intent == "deletion_request"
    assert with_marks.confidence == without.confidence
    assert "cue:deletion_request:xoa thong tin" in without.reasons


def test_typed_diacritics_must_agree_with_the_cue() -> None:
    # "mặt tiền" (façade) folds like "mất tiền" (lost money), "kèm" like "kém": not complaint cues.
    result = classify(_msg("Tôi gửi kèm bản vẽ mặt tiền nhà 4 tầng, nhờ công ty tư vấn xin phép xây dựng."))
    assert result.intent == "service_request"
    assert not any(r.startswith("cue:complaint") for r in result.reasons)


@pytest.mark.parametrize(
    "body",
    [
        "Đây không phải thư khiếu nại, tôi chỉ muốn hỏi thủ tục ly hôn cần giấy tờ gì.",
        "Tôi không muốn khiếu nại, chỉ muốn hỏi chi phí luật sư tư vấn hợp đồng.",
        "This is not a complaint, I just need legal advice on a contract and your fees.",
    ],
)
def test_negated_complaint_is_not_a_complaint(body: str) -> None:
    result = classify(_msg(body))
    assert result.intent == "service_request"
    assert any(r.startswith("negated:complaint:") for r in result.reasons)


def test_complaint_that_also_asks_for_a_correction_is_a_complaint() -> None:
    body = (
        "Đây là lần thứ ba tôi phản ánh: hóa đơn ghi sai tên, không ai phản hồi. Tôi rất không hài lòng. "
        "Đề nghị cập nhật lại thông tin trong hồ sơ và sửa tên cho đúng, đổi sang số mới 0912 058 736."
    )
    assert classify(_msg(body, subject="Hóa đơn sai")).intent == "complaint"


def test_data_request_wins_over_the_service_history_around_it() -> None:
    body = (
        "Năm 2024 tôi có nhờ công ty tư vấn về tranh chấp hợp đồng mua bán đất và thủ tục khởi kiện. "
        "Nay xin bản sao tất cả thông tin cá nhân mà công ty đang lưu về tôi."
    )
    assert classify(_msg(body)).intent == "access_request"


def test_a_service_that_contains_a_privacy_word_stays_a_service() -> None:
    assert classify(_msg("Nhờ luật sư tư vấn thủ tục xóa án tích cho em trai tôi.")).intent == "service_request"
    assert classify(_msg("Tôi đã thông báo hủy dịch vụ nhưng chưa được hoàn tiền, không ai phản hồi.")).intent == "complaint"


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        ("Tôi xin gửi CV ứng tuyển vị trí luật sư tranh tụng, mong được phỏng vấn.", "Đơn ứng tuyển"),
        ("Em là chuyên viên tư vấn giải pháp phần mềm, xin demo miễn phí tính năng mới.", "Dùng thử miễn phí"),
        ("I have a confidential business proposal: a dormant account of USD 14.5 million. Send bank details.", "Proposal"),
        ("da nhan duoc, thanks", "Re: thong tin"),
        ("", "Xin chào"),
    ],
)
def test_not_a_customer_request_is_unknown(body: str, subject: str) -> None:
    assert classify(_msg(body, subject=subject)).intent == "unknown"


def test_automated_mail_is_unknown_and_says_why() -> None:
    body = "Tôi muốn xóa thông tin và khiếu nại."  # cues must not matter
    result = classify(_msg(body, subject="Tự động trả lời: x", headers="Auto-Submitted: auto-replied\r\n"))
    assert (result.intent, result.automated, result.confidence) == ("unknown", True, 1.0)
    assert "header:auto-submitted" in result.reasons


def test_quoted_history_does_not_decide_the_intent() -> None:
    body = (
        "Cảm ơn, tôi đồng ý lịch hẹn thứ 5 để tư vấn hợp đồng.\n\n"
        "Vào Th 6, 6 thg 3, 2026 Thịnh Trí <info@thinhtrigroup.com> đã viết:\n"
        "> Khách hàng có quyền khiếu nại, yêu cầu xóa thông tin cá nhân.\n"
    )
    assert classify(_msg(body, subject="Re: Lịch hẹn")).intent == "service_request"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Tôi muốn hỏi thủ tục ly hôn.", "vi"),
        ("Toi muon hoi thu tuc ly hon, cong ty tu van giup toi nhe.", "vi"),
        ("Could you tell me which documents I need and how long it takes?", "en"),
        ("Hi anh chị, em cần review SHA và term sheet, báo fee giúp em nhé.", "vi"),
        ("", "vi"),
        ("OK", "vi"),
    ],
)
def test_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_classification_language_comes_from_the_text() -> None:
    assert classify(_msg("Please send me a copy of the data you hold about me.")).language == "en"
    assert classify(_msg("Xin ban sao thong tin ca nhan cua toi.")).language == "vi"


def test_lexicon_is_data_and_can_be_extended(tmp_path: Path) -> None:
    extra = tmp_path / "extra.toml"
    extra.write_text(
        '[negation]\nphrases = ["chưa hẳn"]\n\n[cues.service_request]\n"giấy phép bay flycam" = 4\n\n'
        '[cues.complaint]\n"tệ" = 0\n',
        encoding="utf-8",
    )
    base = load_lexicon()
    lexicon = load_lexicon([extra])
    assert ("giay", "phep", "bay", "flycam") in lexicon.cues and ("giay", "phep", "bay", "flycam") not in base.cues
    assert all(c.intent != "complaint" for c in lexicon.cues.get(("te",), ()))  # weight 0 removes it
    assert classify(_msg("Xin giay phep bay flycam cho su kien."), lexicon).intent == "service_request"


def test_malformed_lexicon_names_file_and_key(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[cues.not_an_intent]\n"x" = 1\n', encoding="utf-8")
    with pytest.raises(LexiconError, match="bad.toml.*not_an_intent"):
        load_lexicon([bad])


def test_builtin_lexicon_covers_every_intent() -> None:
    intents = {cue.intent for cues in load_lexicon().cues.values() for cue in cues}
    assert intents == set(INTENTS)


def test_cues_never_reach_across_punctuation() -> None:
    hits = find_cues("Tôi muốn xóa. Thông tin thì giữ nguyên.", load_lexicon())
    assert not any(hit.phrase == "xoa thong tin" for hit in hits)
    assert fold("Xóa THÔNG TIN Đoàn") == "xoa thong tin doan"


@pytest.mark.parametrize(
    ("body", "intent", "rule"),
    [
        # a client who already paid names the service they bought: the grievance decides
        ("I paid a deposit in March for my company registration and your staff promised an update every week. "
         "I would like to know when the filing will be done.", "service_request", None),
        ("We paid the full fee for the work permit and temporary residence card application. The work is "
         "delayed and nobody called me back.", "complaint", "rule:client-grievance"),
        ("Tôi đã đóng phí trọn gói thủ tục sang tên sổ đỏ, vậy mà trễ hẹn ba lần, gọi không ai nghe máy.",
         "complaint", None),
        # the same words from someone who is not yet a client stay a service request
        ("Tôi muốn hỏi phí trọn gói thủ tục sang tên sổ đỏ, gọi nhiều lần không ai nghe máy nên viết thư.",
         "service_request", None),
        # erasing or correcting data means naming the data held; that is not asking to see it
        ("Please erase all personal data you hold about me and confirm in writing.", "deletion_request",
         "rule:deletion-over-access"),
    ],
)
def test_intent_rules_for_clients_and_data_actions(body, intent, rule):
    result = classify(_msg(body), model=None)  # the lexicon's own rules
    assert result.intent == intent
    if rule:
        assert rule in result.reasons


def test_chat_abbreviations_are_read_as_words():
    # "ko" is "không": the negation keeps this from being a complaint
    assert classify(_msg("day ko phai khieu nai, cho em hoi thu tuc ly hon mat bao lau a")).intent == "service_request"


def test_asking_the_firm_to_sue_a_third_party_is_a_service_even_with_grievance_words():
    body = (
        "Tôi đặt tour qua công ty du lịch, đã chuyển khoản cọc 86 triệu. Họ hủy tour, hứa hoàn tiền nhưng "
        "không trả, gọi thì không nghe máy. Tôi đã gửi đơn khiếu nại lên Sở rồi. Giờ tôi muốn kiện ra tòa, "
        "cho tôi hỏi thủ tục và chi phí thuê luật sư bao nhiêu?"
    )
    result = classify(_msg(body, subject="Cần tư vấn kiện công ty du lịch"), model=None)
    assert result.intent == "service_request" and "rule:third-party-dispute" in result.reasons


def test_a_client_complaining_about_their_lawsuit_file_is_still_a_complaint():
    body = (
        "Tôi ký hợp đồng dịch vụ soạn đơn khởi kiện đòi nợ và đã chuyển khoản đủ phí. Đã gần một tháng "
        "luật sư phụ trách không gọi lại, email không ai trả lời. Tôi rất không hài lòng và đề nghị hoàn phí."
    )
    result = classify(_msg(body, subject="Khiếu nại: đã đóng phí nhưng không ai liên hệ"), model=None)
    assert result.intent == "complaint" and "rule:third-party-dispute" not in result.reasons


def test_a_writer_saying_they_have_no_complaint_is_not_complaining():
    body = ("Hiện bên mình đang lưu những thông tin gì của em, và có chia sẻ cho bên thứ ba nào không? "
            "Em không có complain gì đâu, chỉ muốn biết thôi ạ.")
    result = classify(_msg(body, subject="Hỏi về data cá nhân bên mình đang lưu"), model=None)
    assert result.intent == "access_request" and "negated:complaint:complain" in result.reasons


def test_an_erasure_request_citing_the_law_is_deletion_not_access():
    body = ("Tôi sử dụng dịch vụ tư vấn hợp đồng lao động năm ngoái. Căn cứ Luật Bảo vệ dữ liệu cá nhân, tôi đề nghị "
            "Công ty xóa các dữ liệu cá nhân của tôi mà Công ty đang lưu giữ, gồm bản sao CCCD và hợp đồng.")
    result = classify(_msg(body, subject="Đề nghị xóa hồ sơ tư vấn"), model=None)
    assert result.intent == "deletion_request"


def test_a_former_applicant_asking_to_erase_their_file_is_a_deletion_request():
    body = ("Tháng 6 tôi có nộp hồ sơ ứng tuyển vị trí thư ký pháp lý, gồm CV và bản sao căn cước, đã phỏng vấn "
            "vòng 1. Nay tôi đã nhận việc nơi khác. Đề nghị Công ty xóa toàn bộ hồ sơ, hủy hồ sơ tuyển dụng của tôi "
            "và không lưu lại cho các đợt tuyển dụng sau.")
    result = classify(_msg(body, subject="Đề nghị hủy hồ sơ ứng tuyển"), model=None)
    assert result.intent == "deletion_request" and "rule:data-request-despite-context" in result.reasons


def test_one_erase_phrase_about_the_writers_own_file_beats_the_job_context():
    body = ("Em có apply vị trí trợ lý luật sư và gửi CV, bảng điểm qua email này. Em đã nhận việc chỗ khác, "
            "nhờ anh chị xóa giúp CV của em trong dữ liệu tuyển dụng ạ.")
    result = classify(_msg(body, subject="Rút hồ sơ ứng tuyển"), model=None)
    assert result.intent == "deletion_request" and "rule:data-request-despite-context" in result.reasons


@pytest.mark.parametrize(
    "body",
    [
        # a journalist writing about other people's erasure rights
        "Tôi là phóng viên, đang viết loạt bài về việc người dân thực hiện quyền yêu cầu xóa dữ liệu cá nhân. "
        "Mong được phỏng vấn luật sư của công ty.",
        # a recruiter's candidate profile full of data-request words
        "I'm a legal recruiter and we have been retained to hire a senior associate who has handled erasure "
        "requests and subject access requests. Referral fees are available.",
    ],
)
def test_data_request_words_about_other_peoples_data_stay_not_a_request(body):
    assert classify(_msg(body, subject="Đề nghị hợp tác / referral"), model=None).intent == "unknown"


def test_a_job_application_stays_not_a_customer_request():
    body = "Tôi xin ứng tuyển vị trí thư ký pháp lý. Gửi kèm CV và thư xin việc, mong được phỏng vấn."
    assert classify(_msg(body, subject="Ứng tuyển thư ký pháp lý"), model=None).intent == "unknown"


def test_a_complaint_against_the_writers_employer_is_a_service_request():
    body = ("My employer has not paid my salary for three months. I would like advice on how I can file a complaint "
            "with the labour authorities, or whether I should go to court, and your fees to represent me.")
    result = classify(_msg(body, subject="Need advice on filing a complaint against my employer"), model=None)
    assert result.intent == "service_request"


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # a land title or birth certificate is the state's record: correcting it is work the firm does
        ("Sổ đỏ nhà tôi ghi sai tên thành Lê Văn Tâm, tôi nhờ công ty làm thủ tục đính chính, chi phí bao nhiêu?",
         "service_request"),
        ("My birth certificate has my name misspelled and I need it corrected. What are your fees for that?",
         "service_request"),
        # the firm's own record stays a correction request
        ("Trong hồ sơ của công ty ghi sai tên tôi thành Lê Văn Tâm, đề nghị đính chính lại là Lê Văn Tám.",
         "correction_request"),
    ],
)
def test_correcting_a_state_document_is_a_service(body, intent):
    assert classify(_msg(body, subject="Hỏi thủ tục"), model=None).intent == intent


def test_asking_the_firm_to_draft_a_complaint_to_an_authority_is_a_service():
    body = ("Ủy ban phường gửi phương án bồi thường quá thấp, đền bù không thỏa đáng. Tôi muốn nhờ luật sư "
            "soạn đơn khiếu nại gửi Ủy ban và đại diện gia đình làm việc. Xin báo phí.")
    result = classify(_msg(body, subject="Nhờ luật sư giúp khiếu nại phương án bồi thường"), model=None)
    assert result.intent == "service_request"


def test_among_the_clients_is_not_a_land_book_and_curly_apostrophes_are_english():
    # "trong số khách hàng" folds like "trong sổ" (in the land book); the firm's own record stays a correction
    fix = classify(_msg("Xin sửa lại tên tôi trong số khách hàng của công ty, tên đúng là Lê Văn Tám."), model=None)
    assert fix.intent == "correction_request"
    assert classify(_msg("Hi, I’m Tom, it’s urgent, I’ve lost my ID card."), model=None).language == "en"
