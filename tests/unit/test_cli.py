"""The CLI's contracts: classify --json, eval, keys init, and one-line errors."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from mailroom.cli import main
from mailroom.evaluate import Scores, add, render
from tests.mailfactory import make_mail

CORPUS = Path(__file__).resolve().parents[1] / "golden" / "corpus"


@pytest.fixture(autouse=True)
def _no_ambient_config(monkeypatch, tmp_path):
    monkeypatch.delenv("MAILROOM_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)


def test_classify_json_contract(tmp_path, capsys):
    mail = tmp_path / "a.eml"
    mail.write_bytes(make_mail(from_name="Trần Thị Bích", from_addr="Bich.Tran@Gmail.com", to="info@thinhtrigroup.com",
                               subject="Xin tư vấn", body="Tôi tên là Trần Thị Bích, SĐT 0912 345 678. Tôi cần tư vấn thủ tục ly hôn."))
    assert main(["classify", "--json", str(mail)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    record = json.loads(line)
    assert set(record) == {"file", "intent", "confidence", "automated", "language", "contact", "reasons"}
    assert set(record["contact"]) == {"name", "phone", "email", "address"}
    assert record["file"] == str(mail) and record["automated"] is False and record["language"] == "vi"
    assert 0.0 <= record["confidence"] <= 1.0 and isinstance(record["reasons"], list)
    assert record["contact"]["phone"] == "+84912345678" and record["contact"]["email"] == "bich.tran@gmail.com"


def test_classify_unreadable_file_is_named_and_others_still_run(tmp_path, capsys):
    good = tmp_path / "good.eml"
    good.write_bytes(make_mail(from_name="Emma Clarke", from_addr="emma@outlook.com", to="info@thinhtrigroup.com",
                               subject="Advice", body="Please advise on a business licence."))
    assert main(["classify", "--json", str(tmp_path / "missing.eml"), str(good)]) == 1
    out, err = capsys.readouterr()
    assert "missing.eml" in err and "Traceback" not in err
    assert json.loads(out)["file"] == str(good)


def test_classify_spread_over_processes_keeps_order_and_results(capsys):
    files = [str(p) for p in sorted(CORPUS.glob("*.eml"))]
    files.insert(7, str(CORPUS / "missing.eml"))  # a bad file in the middle is named, the rest still run
    assert main(["classify", "--json", "--jobs", "1", *files]) == 1
    alone = capsys.readouterr()
    assert main(["classify", "--json", "--jobs", "3", *files]) == 1
    spread = capsys.readouterr()
    assert spread.out == alone.out and "missing.eml" in spread.err
    assert [json.loads(line)["file"] for line in spread.out.splitlines()] == [f for f in files if "missing" not in f]


def test_eval_prints_accuracy_matrix_and_fields(capsys):
    assert main(["eval", str(CORPUS)]) == 0
    out = capsys.readouterr().out
    assert "intent accuracy:" in out and "confusion matrix" in out and "automated: precision" in out
    for field_name in ("name", "phone", "email", "address"):
        assert field_name in out


def test_scores_count_misses():
    scores = Scores()
    label = {"category": "complaint", "automated": False, "language": "vi",
             "contact": {"name": "Lê Văn  Tám", "phone": "+84912345678", "email": "a@b.vn", "address": None}}
    good = {"intent": "complaint", "automated": False, "language": "vi",
            "contact": {"name": "lê văn tám", "phone": "+84912345678", "email": "A@B.vn", "address": None}}
    bad = {"intent": "unknown", "automated": True, "language": "en",
           "contact": {"name": None, "phone": "+84900000000", "email": "a@b.vn", "address": "x"}}
    add(scores, "good", label, good)
    add(scores, "bad", label, bad)
    assert scores.intent_correct == 1 and scores.automated["fp"] == 1 and scores.automated["tn"] == 1
    assert scores.field_exact["name"] == 1 and scores.field_exact["email"] == 2 and scores.field_exact["address"] == 1
    assert "50.0% (1/2)" in render(scores)


def test_keys_init_creates_private_file_once(tmp_path, capsys):
    key = tmp_path / "k" / "mailroom.key"
    assert main(["keys", "init", "--file", str(key)]) == 0
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert main(["keys", "init", "--file", str(key)]) == 1
    assert "already exists" in capsys.readouterr().err


def test_config_errors_are_one_line(tmp_path, capsys):
    bad = tmp_path / "config.toml"
    bad.write_text("[company]\nname = 1\n")
    assert main(["--config", str(bad), "status"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(bad) in err and "Traceback" not in err


def _local_config(tmp_path: Path, monkeypatch, **replacements: str) -> Path:
    """The example config with secrets from $X and files under tmp_path."""
    example = (Path(__file__).resolve().parents[2] / "config.example.toml").read_text(encoding="utf-8")
    example = example.replace('password_file = "/etc/mailroom/secrets/info.password"', 'password_env = "X"')
    example = example.replace('password_file = "/etc/mailroom/secrets/smtp.password"', 'password_env = "X"')
    example = example.replace('password_env = "MAILROOM_SUPPORT_PASSWORD"', 'password_env = "X"')
    example = example.replace("/etc/mailroom/mailroom.key", str(tmp_path / "none.key"))
    example = example.replace("sqlite:////var/lib/mailroom/mailroom.db", f"sqlite:///{tmp_path}/m.db")
    for old, new in replacements.items():
        example = example.replace(old, new)
    config = tmp_path / "config.toml"
    config.write_text(example, encoding="utf-8")
    monkeypatch.setenv("X", "secret")
    return config


def test_lexicon_is_extended_from_config_without_code(tmp_path, capsys, monkeypatch):
    mail = tmp_path / "m.eml"
    mail.write_bytes(make_mail(from_name="Phan Văn Tùng", from_addr="tung@gmail.com", to="support@thinhtrigroup.com",
                               subject="Hồ sơ", body="Tôi muốn ẩn danh hóa tài khoản cũ của mình, cảm ơn."))
    assert main(["classify", "--json", str(mail)]) == 0  # no config yet: built-in lexicon only
    assert json.loads(capsys.readouterr().out)["intent"] != "deletion_request"
    # weight 8: a firm's phrase that decides on its own (a lighter one leaves room for the model's opinion)
    (tmp_path / "firm.toml").write_text('[cues.deletion_request]\n"ẩn danh hóa" = 8\n', encoding="utf-8")
    config = _local_config(tmp_path, monkeypatch, **{"lexicon_files = []": 'lexicon_files = ["firm.toml"]'})
    assert main(["--config", str(config), "classify", "--json", str(mail)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["intent"] == "deletion_request" and "cue:deletion_request:an danh hoa" in record["reasons"]


def test_worker_refuses_to_start_without_key(tmp_path, capsys, monkeypatch):
    config = _local_config(tmp_path, monkeypatch)
    assert main(["--config", str(config), "poll", "--once"]) == 1
    err = capsys.readouterr().err
    assert "none.key" in err and "mailroom keys init" in err


def test_train_writes_a_model_that_eval_and_config_use(tmp_path, capsys, monkeypatch):
    pytest.importorskip("sklearn")
    golden = CORPUS.parent
    out = tmp_path / "firm-model.json.gz"
    assert main(["train", "--cross-validate", "--out", str(out), str(CORPUS), str(golden / "holdout")]) == 0
    printed = capsys.readouterr().out
    assert "model alone" in printed and "all (each scored unseen)" in printed and out.exists()
    assert main(["eval", "--intent-model", str(out), str(golden / "holdout2")]) == 0
    assert "intent accuracy:" in capsys.readouterr().out
    config = _local_config(tmp_path, monkeypatch, **{'intent_model = "builtin"': 'intent_model = "none"'})
    mail = tmp_path / "m.eml"
    mail.write_bytes(make_mail(from_name="Lý Ngọc Trâm", from_addr="tram@gmail.com", to="support@thinhtrigroup.com",
                               subject="Hồ sơ", body="Cho em hỏi về hồ sơ của em, anh chị bỏ giùm nhé."))
    assert main(["--config", str(config), "classify", "--json", str(mail)]) == 0
    reasons = json.loads(capsys.readouterr().out)["reasons"]
    assert not any(r.startswith("model:") for r in reasons)  # "none": the lexicon alone
    assert main(["--config", str(config), "classify", "--intent-model", "builtin", "--json", str(mail)]) == 0
    assert any(r.startswith("model:") for r in json.loads(capsys.readouterr().out)["reasons"])


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["train", "nowhere"], "--out FILE"),
        (["train", "--out", "m.gz", "nowhere"], "nowhere: not a directory"),
        (["train", "--cross-validate", str(CORPUS)], "at least two directories"),
        (["classify", "--intent-model", "missing.json.gz", str(CORPUS / "d001.eml")], "missing.json.gz"),
    ],
)
def test_train_and_model_errors_are_one_line(capsys, argv, says):
    assert main(argv) != 0
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
