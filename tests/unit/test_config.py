"""Config loading: every mistake is one line naming the file and the key."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mailroom.config import ConfigError, load_config

EXAMPLE = Path(__file__).resolve().parents[2] / "config.example.toml"


def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "info.password").write_text("secret-info\n")
    (tmp_path / "smtp.password").write_text("secret-smtp\n")
    text = text.replace("/etc/mailroom/secrets/", "")
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


ENV = {"MAILROOM_SUPPORT_PASSWORD": "secret-support"}


def test_example_config_loads_and_resolves_secrets(tmp_path):
    config = load_config(write(tmp_path, example_text()), ENV)
    assert config.mailbox_names == ("info", "support")
    info, support = config.mailboxes
    assert info.password == "secret-info" and support.password == "secret-support"
    assert support.move_to == "Processed" and info.move_to is None
    assert config.smtp.password == "secret-smtp"
    assert [h.days for h in config.company.office_hours] == [("mon", "tue", "wed", "thu", "fri"), ("sat",)]
    assert config.replies.default_language == "vi"


def test_example_has_no_inline_password():
    assert "password =" not in example_text()


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda t: t.replace("port = 993", 'port = "abc"', 1), "mailboxes.info.port: expected a whole number"),
        (lambda t: t.replace('security = "tls"', 'security = "ssl"', 1), "mailboxes.info.security: must be tls, starttls or none"),
        (lambda t: t + "\n[worker2]\nx = 1\n", "worker2: unknown key"),
        (lambda t: t.replace("poll_interval_seconds = 60", "poll_interval_seconds = 60\npoll_intervall = 5"), "worker.poll_intervall: unknown key"),
        (lambda t: t.replace('hotline = "1800 63 65"\n', ""), "company.hotline: missing required key"),
        (lambda t: t.replace('after = "flag"', 'after = "delete"'), 'mailboxes.info.after: must be "flag" or "move:FOLDER"'),
        (lambda t: t.replace('opens = "07:45"', 'opens = "7h45"'), "company.office_hours[0].opens"),
        (lambda t: t.replace('password_env = "MAILROOM_SUPPORT_PASSWORD"', 'password_env = "NOT_SET_ANYWHERE"'), "mailboxes.support.password_env: environment variable NOT_SET_ANYWHERE is not set"),
        (lambda t: t.replace('password_file = "/etc/mailroom/secrets/info.password"', 'password_file = "missing.password"'), "mailboxes.info.password_file: cannot read"),
        (lambda t: t.replace("[company]", "[company\n"), "not valid TOML"),
        (lambda t: t.replace('default_language = "vi"', 'default_language = "fr"'), "replies.default_language"),
    ],
)
def test_mistakes_name_the_file_and_key(tmp_path, edit, expected):
    path = write(tmp_path, edit(example_text()))
    with pytest.raises(ConfigError) as caught:
        load_config(path, ENV)
    message = str(caught.value)
    assert str(path) in message
    assert expected in message
    assert "\n" not in message


def test_missing_file_is_one_line(tmp_path):
    with pytest.raises(ConfigError, match="configuration file not found"):
        load_config(tmp_path / "nope.toml", ENV)


def test_relative_paths_are_relative_to_the_config_file(tmp_path):
    text = example_text().replace('url = "sqlite:////var/lib/mailroom/mailroom.db"', 'url = "sqlite:///data/m.db"')
    text = text.replace('file = "/etc/mailroom/mailroom.key"', 'file = "keys/m.key"')
    config = load_config(write(tmp_path, text), ENV)
    assert config.database.url == f"sqlite:///{tmp_path.resolve() / 'data' / 'm.db'}"
    assert config.keys.file == str(tmp_path / "keys" / "m.key")
    assert os.path.isabs(config.keys.file)
