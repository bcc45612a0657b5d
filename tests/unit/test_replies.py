"""Reply templates and renderer: every kind renders in both languages, customer text stays inert."""

from __future__ import annotations

import copy
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from jinja2.exceptions import UndefinedError

from handlers.replies import (
    KINDS,
    LANGUAGES,
    ReplyRenderer,
    UnknownReplyKind,
    header_line,
    office_hours,
    weekdays,
    wrap,
)

REF = "TT-2026-000001"


def make_context(kind: str = "complaint", **overrides: Any) -> dict[str, Any]:
    """The full context the ingest pipeline passes (see the handlers.replies docstring)."""
    ctx: dict[str, Any] = {
        "case_ref": REF,
        "kind": kind,
        "customer_name": "Nguyễn Văn An",
        "received_subject": "Hỏi về dịch vụ tư vấn",
        "deadline_days": 10,
        "ack_working_days": 2,
        "company": {
            "name": "Công ty Hệ Thống Luật TNHH Thịnh Trí",
            "address": "57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM",
            "hotline": "1800 63 65",
            "emails": {"info": "info@thinhtrigroup.com", "support": "support@thinhtrigroup.com"},
            "website": "thinhtrigroup.com",
            "office_hours": [
                {"days": ["mon", "tue", "wed", "thu", "fri"], "opens": "07:45", "closes": "17:15"},
                {"days": ["sat"], "opens": "08:00", "closes": "16:00"},
            ],
        },
    }
    ctx.update(overrides)
    return ctx


@pytest.fixture(scope="module")
def renderer() -> ReplyRenderer:
    return ReplyRenderer()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_and_language_renders_with_the_case_ref(
    renderer: ReplyRenderer, kind: str, language: str
) -> None:
    reply = renderer.render(kind, language, make_context(kind))
    for part in (reply.subject, reply.text, reply.html):
        assert REF in part
    assert "\n" not in reply.subject and len(reply.subject) <= 200
    assert reply.html.startswith("<!DOCTYPE html>") and f'lang="{language}"' in reply.html
    assert "<" not in reply.text  # plain text carries no markup
    for value in ("57-59 Võ Thị Sáu", "1800 63 65", "info@thinhtrigroup.com", "support@thinhtrigroup.com"):
        assert value in reply.text and value in reply.html
    assert "None" not in reply.text


@pytest.mark.parametrize("kind", KINDS)
def test_vietnamese_replies_use_vietnamese_day_names(renderer: ReplyRenderer, kind: str) -> None:
    reply = renderer.render(kind, "vi", make_context(kind))
    for part in (reply.text, reply.html):
        assert "Thứ Hai – Thứ Sáu: 7:45 – 17:15" in part
        assert "Thứ Bảy: 8:00 – 16:00" in part
        assert "Monday" not in part
    assert "Kính gửi Quý khách Nguyễn Văn An," in reply.text
    assert "tự động" in reply.text


@pytest.mark.parametrize("kind", KINDS)
def test_english_replies_use_english_day_names(renderer: ReplyRenderer, kind: str) -> None:
    reply = renderer.render(kind, "en", make_context(kind))
    for part in (reply.text, reply.html):
        assert "Monday–Friday: 7:45–17:15" in part
        assert "Saturday: 8:00–16:00" in part
        assert "Thứ" not in part
    assert "automatic acknowledgement" in reply.text


def test_office_hours_come_from_context_not_the_template(renderer: ReplyRenderer) -> None:
    ctx = make_context()
    ctx["company"]["office_hours"] = [{"days": ["sun"], "opens": "09:00", "closes": "11:30"}]
    assert "Chủ nhật: 9:00 – 11:30" in renderer.render("unknown", "vi", ctx).text
    assert "7:45" not in renderer.render("unknown", "vi", ctx).text


def test_day_range_filters() -> None:
    assert weekdays(["mon", "tue", "wed", "thu", "fri"], "vi") == "Thứ Hai – Thứ Sáu"
    assert weekdays(["fri", "mon", "wed", "thu", "tue"], "en") == "Monday–Friday"
    assert weekdays(["sat", "sun"], "vi") == "Thứ Bảy, Chủ nhật"
    assert weekdays(["mon", "wed"], "en") == "Monday, Wednesday"
    hours = [{"days": ["sat"], "opens": "08:00", "closes": "16:00"}]
    assert office_hours(hours, "vi") == ["Thứ Bảy: 8:00 – 16:00"]
    with pytest.raises(ValueError):
        weekdays(["funday"], "en")
    with pytest.raises(ValueError):
        office_hours([{"days": ["mon"], "opens": "7.45", "closes": "17:15"}], "en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_html_escapes_hostile_customer_text_and_text_keeps_it_plain(
    renderer: ReplyRenderer, language: str
) -> None:
    hostile = "<script>alert(1)</script>"
    ctx = make_context(customer_name=hostile, received_subject='"><img src=x onerror=alert(1)>')
    reply = renderer.render("complaint", language, ctx)
    assert "<script>" not in reply.html and "<img" not in reply.html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in reply.html
    assert hostile in reply.text
    assert "<script>" not in reply.subject and "<img" not in reply.subject


def test_missing_customer_name_greets_generically(renderer: ReplyRenderer) -> None:
    ctx = make_context()
    del ctx["customer_name"]
    assert "Kính gửi Quý khách," in renderer.render("complaint", "vi", ctx).text
    assert "Dear Customer," in renderer.render("complaint", "en", make_context(customer_name=None)).text


@pytest.mark.parametrize("path", [("case_ref",), ("company", "hotline"), ("ack_working_days",)])
def test_missing_context_key_raises(renderer: ReplyRenderer, path: tuple[str, ...]) -> None:
    ctx = copy.deepcopy(make_context("access_request"))
    target = ctx
    for key in path[:-1]:
        target = target[key]
    del target[path[-1]]
    with pytest.raises(UndefinedError):
        renderer.render("access_request", "vi", ctx)


@pytest.mark.parametrize("days", [None, 0, "10", True])
def test_data_subject_reply_requires_deadline_days(renderer: ReplyRenderer, days: Any) -> None:
    with pytest.raises(ValueError, match="deadline_days"):
        renderer.render("deletion_request", "vi", make_context("deletion_request", deadline_days=days))


def test_non_data_subject_reply_does_not_need_deadline_days(renderer: ReplyRenderer) -> None:
    renderer.render("complaint", "vi", make_context(deadline_days=None))


@pytest.mark.parametrize("language", LANGUAGES)
def test_subject_is_a_single_line_despite_header_injection(
    renderer: ReplyRenderer, language: str
) -> None:
    evil = "Hello\r\nBcc: victim@example.com\r\n\r\nbody\x00\x1b[31m\u2028more"
    reply = renderer.render("unknown", language, make_context(received_subject=evil))
    assert "\r" not in reply.subject and "\n" not in reply.subject
    assert "Bcc:" not in reply.subject  # customer text never reaches the subject
    # The sanitiser itself, for whatever a subject template may render.
    line = header_line("Re: " + evil + " x" * 300)
    assert "\r" not in line and "\n" not in line and "\x00" not in line and "\x1b" not in line
    assert "\u2028" not in line and len(line) <= 200 and line.endswith("…")
    assert header_line("  a \t b\r\n c ") == "a b c"


def test_rendered_subject_is_sanitised(renderer: ReplyRenderer) -> None:
    reply = renderer.render("complaint", "vi", make_context(case_ref="TT-2026-000001\r\nBcc: x@y.z"))
    assert reply.subject.startswith("[TT-2026-000001 Bcc: x@y.z]")
    assert "\n" not in reply.subject


@pytest.mark.parametrize("language", ["fr", "", "xx-YY", "VI"])
def test_unknown_language_falls_back_to_vietnamese(renderer: ReplyRenderer, language: str) -> None:
    assert renderer.render("complaint", language, make_context()) == renderer.render(
        "complaint", "vi", make_context()
    )


def test_regional_english_uses_english(renderer: ReplyRenderer) -> None:
    assert renderer.render("complaint", "en-GB", make_context()).text.startswith("Dear ")


def test_unknown_kind_raises(renderer: ReplyRenderer) -> None:
    with pytest.raises(UnknownReplyKind, match="no reply templates for kind 'refund'"):
        renderer.render("refund", "vi", make_context())


def test_complaint_reply_states_the_three_policy_steps(renderer: ReplyRenderer) -> None:
    text = renderer.render("complaint", "vi", make_context()).text
    for cue in ("1. Tiếp nhận khiếu nại", "2. Phân loại", "3. Phản hồi kết quả", "tài liệu"):
        assert cue in text


@pytest.mark.parametrize("kind", ["access_request", "correction_request", "deletion_request"])
def test_data_subject_replies_state_identity_check_and_deadlines(
    renderer: ReplyRenderer, kind: str
) -> None:
    text = renderer.render(kind, "vi", make_context(kind, deadline_days=20)).text
    assert "chủ sở hữu" in text
    assert "trong vòng 20 ngày" in " ".join(text.split())
    assert "2 ngày làm việc" in " ".join(text.split())


def test_templates_are_compiled_once(renderer: ReplyRenderer) -> None:
    renderer.render("unknown", "en", make_context())
    loaded = renderer._load("unknown", "en")
    assert renderer._load("unknown", "en") is loaded


def test_explicit_template_dir() -> None:
    reply = ReplyRenderer(Path(str(files("templates")))).render("unknown", "vi", make_context())
    assert REF in reply.subject


def test_wrap_keeps_lines_short_and_words_whole() -> None:
    text = "một hai ba " * 30 + "https://thinhtrigroup.com/" + "x" * 90
    out = wrap(text, 40, 3)
    lines = out.split("\n")
    assert all(len(line) <= 40 for line in lines[:-1])
    assert all(line.startswith("   ") for line in lines[1:])
    assert lines[-1].strip().startswith("https://") and " ".join(out.split()) == " ".join(text.split())
