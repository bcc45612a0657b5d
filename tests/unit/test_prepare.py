"""The reply drafted with a placeholder reference reads exactly like one rendered with the reference."""

from __future__ import annotations

from handlers.replies import ReplyRenderer
from ingest.prepare import PrepareSettings, draft_reply, fill_reference, prepare
from ingest.understand import FirmIdentity
from mailroom.demo import DEMO_COMPANY
from tests.mailfactory import make_mail

SETTINGS = PrepareSettings(company=DEMO_COMPANY, default_language="vi", lexicon_files=(), firm=FirmIdentity())


def _mail(body: str, subject: str = "Hỏi về thủ tục") -> bytes:
    return make_mail(from_name="Nguyễn Thị Lan", from_addr="lan.test@gmail.com", to="support@thinhtrigroup.com",
                     subject=subject, body=body)


def test_filled_draft_equals_direct_render():
    renderer = ReplyRenderer()
    raw = _mail("Tôi muốn xóa toàn bộ thông tin cá nhân của tôi khỏi hệ thống của công ty. Lan, 0912 345 678")
    prepared = prepare(raw, SETTINGS, None, renderer)
    assert prepared.error is None and prepared.draft is not None
    assert SETTINGS.ref_placeholder in prepared.draft.subject
    filled = fill_reference(prepared.draft, SETTINGS.ref_placeholder, "TT-2026-000042")
    direct = draft_reply(SETTINGS, renderer, prepared.understood, prepared.draft_kind, "TT-2026-000042")
    assert filled == direct
    assert "TT-2026-000042" in filled.subject and "TT-2026-000042" in filled.text and "TT-2026-000042" in filled.html


def test_unreadable_mail_is_an_error_not_an_exception():
    prepared = prepare(b"\x00\x01 nothing here \xff", SETTINGS, None, ReplyRenderer())
    assert prepared.understood is None and prepared.error


def test_automated_mail_gets_no_draft():
    raw = make_mail(from_name="", from_addr="mailer-daemon@mx.example.com", to="info@thinhtrigroup.com",
                    subject="Undelivered Mail Returned to Sender", body="Delivery failed.",
                    headers={"Auto-Submitted": "auto-replied"})
    prepared = prepare(raw, SETTINGS, None, ReplyRenderer())
    assert prepared.understood.classification.automated and prepared.draft is None


def test_a_handler_failure_reason_never_quotes_the_mail():
    from ingest.errors import ParseError, failure_reason

    try:
        {}["Nguyễn Văn An <an@gmail.com>"]
    except KeyError as exc:
        reason = failure_reason(exc)
    assert reason.startswith("KeyError in test_a_handler_failure_reason_never_quotes_the_mail")
    assert "Nguyễn" not in reason and "an@gmail.com" not in reason
    assert failure_reason(ParseError("not an email: no mail headers")) == "ParseError: not an email: no mail headers"


def test_worker_processes_use_the_configured_intent_model():
    """`intent_model = "none"` holds in the prepare pool too, not only in-process (the workers once fell
    back to the built-in model)."""
    from dataclasses import replace

    from ingest.prepare import PoolPreparer

    # vague wording: the lexicon is unsure, so the built-in model is consulted and says so in the reasons
    raws = [_mail("Chào anh chị, mong công ty xem giúp trường hợp của em với ạ. Lan", subject="Nhờ giúp")] * 2
    consulted = lambda prepared: any(r.startswith("model:") for r in prepared.understood.classification.reasons)  # noqa: E731
    pool = PoolPreparer(SETTINGS, processes=1)
    try:
        assert all(consulted(p) for p in pool.prepare_all(raws))
    finally:
        pool.close()
    pool = PoolPreparer(replace(SETTINGS, intent_model="none"), processes=1)
    try:
        assert not any(consulted(p) for p in pool.prepare_all(raws))
    finally:
        pool.close()
