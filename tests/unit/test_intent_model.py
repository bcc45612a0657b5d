"""The learned intent model: features, the exported model's arithmetic against scikit-learn, the file
format and its errors, when classify lets it overrule the lexicon, and that the shipped model is the one
`mailroom train` makes from the golden sets."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from types import MappingProxyType

import pytest

from handlers.classify import MODEL_CONSULTED_BELOW, classify
from handlers.intent_model import (
    BUILTIN_MODEL,
    IntentModel,
    IntentModelError,
    features,
    load_intent_model,
    model_for_setting,
    save_intent_model,
)
from handlers.types import INTENTS
from ingest.parse import parse_message
from mailroom.train import Example, fit, load_examples

GOLDEN = Path(__file__).resolve().parents[1] / "golden"


def _msg(body: str, subject: str = "Thư gửi công ty"):
    raw = (
        "From: Khách <khach@gmail.com>\r\nTo: info@thinhtrigroup.com\r\n"
        f"Subject: {subject}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    )
    return parse_message(raw.encode("utf-8"))


def _toy_examples() -> list[Example]:
    texts = {
        "service_request": ["tư vấn thủ tục ly hôn", "xin báo giá thành lập công ty", "hỏi về hợp đồng thuê nhà"],
        "deletion_request": ["xóa dữ liệu của tôi", "hủy bỏ hồ sơ cá nhân", "delete my data please"],
        "complaint": ["không hài lòng về luật sư", "nhân viên thái độ tệ", "chậm trễ quá lâu, thất vọng"],
    }
    return [
        Example("toy", f"{intent}{i}", tuple(features("", text, {})), intent)
        for intent, items in texts.items()
        for i, text in enumerate(items)
    ]


def test_features_fold_diacritics_expand_abbreviations_and_keep_bigrams_inside_clauses():
    got = features("Xóa dữ liệu", "ko muốn lưu. Hủy bỏ", {"ko": "khong"})
    assert got == ["xoa", "du", "lieu", "xoa du", "du lieu", "khong", "muon", "luu", "khong muon", "muon luu",
                   "huy", "bo", "huy bo"]
    assert "luu huy" not in got  # a full stop ends the clause


def test_probabilities_match_scikit_learn():
    sklearn_text = pytest.importorskip("sklearn.feature_extraction.text")
    sklearn_linear = pytest.importorskip("sklearn.linear_model")
    examples = _toy_examples()
    model = fit(examples)
    vectorizer = sklearn_text.TfidfVectorizer(analyzer=lambda doc: doc, sublinear_tf=True)
    matrix = vectorizer.fit_transform([list(e.features) for e in examples])
    reference = sklearn_linear.LogisticRegression(C=30.0, max_iter=5000).fit(matrix, [e.intent for e in examples])
    probe = features("", "tôi muốn xóa hồ sơ, không hài lòng", {})
    expected = dict(zip(reference.classes_, reference.predict_proba(vectorizer.transform([probe]))[0]))
    got = model.probabilities(probe)
    assert set(got) == set(expected)
    for intent, p in expected.items():
        assert got[intent] == pytest.approx(p, abs=1e-4)


def test_unseen_words_leave_the_prior():
    model = fit(_toy_examples())
    assert model.probabilities(["zzz", "qqq"]) == model.probabilities([])


def test_save_and_load_round_trip_byte_for_byte(tmp_path):
    model = fit(_toy_examples())
    first, second = tmp_path / "a.json.gz", tmp_path / "b.json.gz"
    save_intent_model(model, first)
    loaded = load_intent_model(first)
    save_intent_model(loaded, second)
    assert first.read_bytes() == second.read_bytes()
    probe = features("", "hủy bỏ dữ liệu", {})
    assert loaded.probabilities(probe) == pytest.approx(model.probabilities(probe), abs=1e-3)
    plain = tmp_path / "plain.json"
    plain.write_bytes(gzip.decompress(first.read_bytes()))
    assert load_intent_model(plain).intents == model.intents


def test_npz_round_trip_is_byte_for_byte_and_reads_like_json(tmp_path):
    model = fit(_toy_examples())
    as_json, first, second = tmp_path / "m.json", tmp_path / "a.npz", tmp_path / "b.npz"
    save_intent_model(model, as_json)
    save_intent_model(model, first)
    save_intent_model(load_intent_model(first), second)
    assert first.read_bytes() == second.read_bytes()
    from_json, from_npz = load_intent_model(as_json), load_intent_model(first)
    probe = features("", "hủy bỏ dữ liệu, thất vọng", {})
    assert from_npz.probabilities(probe) == pytest.approx(from_json.probabilities(probe), abs=1e-9)
    assert set(from_npz.weights) == set(from_json.weights) and set(from_npz.idf) == set(from_json.idf)
    for feature, row in from_json.weights.items():
        assert from_npz.weights[feature] == pytest.approx(row, abs=1e-9)


def test_a_broken_npz_is_named(tmp_path):
    path = tmp_path / "model.npz"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(IntentModelError, match="cannot read intent model") as caught:
        load_intent_model(path)
    assert str(path) in str(caught.value)


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"not json", "cannot read intent model"),
        (json.dumps({"format": "other"}).encode(), "not a mailroom intent model"),
        (json.dumps({"format": "mailroom-intent-model/1", "intents": ["complaint", "x"], "intercepts": [0, 0],
                     "features": {}}).encode(), "malformed"),
        (json.dumps({"format": "mailroom-intent-model/1", "intents": ["complaint", "unknown"], "intercepts": [0, 0],
                     "features": {"a": [1.0, 0.5]}}).encode(), "malformed"),
    ],
)
def test_bad_model_files_name_the_file(tmp_path, content, says):
    path = tmp_path / "model.json"
    path.write_bytes(content)
    with pytest.raises(IntentModelError, match=says) as caught:
        load_intent_model(path)
    assert str(path) in str(caught.value)


def test_missing_model_file_is_named(tmp_path):
    with pytest.raises(IntentModelError, match="model.json"):
        model_for_setting(str(tmp_path / "model.json"))


def test_settings():
    assert model_for_setting("none") is None
    assert model_for_setting("builtin") is load_intent_model()


def _one_word_model(word: str, intent: str, strength: float) -> IntentModel:
    """A model that knows one word: seeing it makes ``intent`` about as likely as ``strength`` says."""
    row = tuple(strength if i == intent else 0.0 for i in INTENTS)
    return IntentModel(INTENTS, MappingProxyType({word: 1.0}), MappingProxyType({word: row}),
                       tuple(0.0 for _ in INTENTS), trained_on=1)


def test_model_overrules_an_unsure_lexicon_when_it_is_sure():
    msg = _msg("Cho em hỏi về hồ sơ của em, anh chị bỏ giùm nhé.")
    lexicon_only = classify(msg, model=None)
    assert lexicon_only.intent == "service_request" and lexicon_only.confidence < MODEL_CONSULTED_BELOW
    sure = classify(msg, model=_one_word_model("bo", "deletion_request", 20.0))
    assert sure.intent == "deletion_request" and "rule:model-over-lexicon" in sure.reasons
    unsure = classify(msg, model=_one_word_model("bo", "deletion_request", 0.5))
    assert unsure.intent == lexicon_only.intent and any(r.startswith("model:") for r in unsure.reasons)


def test_model_is_not_asked_when_the_lexicon_is_sure_or_a_policy_rule_decided():
    eager = _one_word_model("toi", "access_request", 50.0)
    sure = classify(_msg("Đề nghị công ty xóa toàn bộ dữ liệu cá nhân của tôi và hủy hồ sơ, không lưu giữ "
                         "thông tin của tôi nữa. Yêu cầu xóa dữ liệu, xóa số điện thoại và xóa email của tôi "
                         "khỏi hệ thống."), model=eager)
    assert sure.confidence >= MODEL_CONSULTED_BELOW
    assert sure.intent == "deletion_request" and not any(r.startswith("model:") for r in sure.reasons)
    policy = classify(
        _msg("Đây là lần thứ ba tôi phản ánh: hóa đơn ghi sai tên, không ai phản hồi. Tôi rất không hài lòng. "
             "Đề nghị cập nhật lại thông tin trong hồ sơ và sửa tên cho đúng, đổi sang số mới 0912 058 736.",
             subject="Hóa đơn sai"),
        model=eager,
    )
    assert policy.intent == "complaint" and "rule:complaint-dominates" in policy.reasons
    assert not any(r.startswith("model:") for r in policy.reasons)


def test_builtin_model_is_what_train_makes_from_the_golden_sets(tmp_path):
    pytest.importorskip("sklearn")
    sets = sorted(p.parent for p in GOLDEN.glob("*/labels.json"))
    fresh, shipped = fit(load_examples(sets)), load_intent_model(BUILTIN_MODEL)
    stale = "handlers/model/intent.npz is stale: run `make model` after changing the golden sets or features"
    assert fresh.intents == shipped.intents and set(fresh.idf) == set(shipped.idf), stale
    assert fresh.trained_on == shipped.trained_on, stale
    # not byte-for-byte: the solver's last digits may differ between machines
    for feature, row in shipped.weights.items():
        assert fresh.weights[feature] == pytest.approx(row, abs=1e-3), stale


def test_model_never_turns_mail_without_any_request_cue_into_a_request():
    greeting = _msg("Chúc cả nhà một mùa Giáng sinh an lành!", subject="Merry Christmas")
    eager = _one_word_model("chuc", "service_request", 50.0)
    result = classify(greeting, model=eager)
    assert result.intent == "unknown" and "rule:no-intent" in result.reasons
