"""Shared fixtures: one real Dovecot and one aiosmtpd sink per test session, fresh accounts per test.

Each test gets its own pair of IMAP logins (so mailboxes never leak between tests), its own SQLite file
and key file under ``tmp_path``, and a config built through the same validating loader as a TOML file.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from mailroom.config import Config, build_config
from mailroom.embedded import SmtpSink
from storage.crypto import init_key_file

_account_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Any]:
    from tests.harness.dovecot import DovecotError, DovecotServer, dovecot_available

    if not dovecot_available():
        pytest.fail("Dovecot is not installed: run `make test` (it installs dovecot-imapd) or apt-get install dovecot-imapd")
    server = DovecotServer()
    try:
        server.start()
    except DovecotError as exc:
        server.close()
        pytest.fail(f"could not start Dovecot: {exc}")
    yield server
    server.close()


@pytest.fixture(scope="session")
def _session_sink() -> Iterator[SmtpSink]:
    with SmtpSink() as sink:
        yield sink


@pytest.fixture
def smtp_sink(_session_sink: SmtpSink) -> SmtpSink:
    _session_sink.clear()
    return _session_sink


@dataclass
class Accounts:
    info: str
    support: str
    passwords: dict[str, str]


@pytest.fixture
def accounts(dovecot: Any) -> Accounts:
    n = next(_account_numbers)
    info, support = f"info{n}@thinhtrigroup.com", f"support{n}@thinhtrigroup.com"
    passwords = {info: f"pw-info-{n}", support: f"pw-support-{n}"}
    for login, password in passwords.items():
        dovecot.add_user(login, password)
    return Accounts(info, support, passwords)


def config_data(dovecot: Any, sink: SmtpSink, accounts: Accounts, tmp_path: Path, **overrides: Any) -> dict[str, Any]:
    """A complete config as the TOML file would hold it; ``overrides`` replace whole sections."""
    data: dict[str, Any] = {
        "company": {
            "name": "Công ty Hệ Thống Luật TNHH Thịnh Trí",
            "address": "57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM",
            "hotline": "1800 63 65",
            "website": "thinhtrigroup.com",
            "info_email": "info@thinhtrigroup.com",
            "support_email": "support@thinhtrigroup.com",
            "office_hours": [
                {"days": ["mon", "tue", "wed", "thu", "fri"], "opens": "07:45", "closes": "17:15"},
                {"days": ["sat"], "opens": "08:00", "closes": "16:00"},
            ],
        },
        "mailboxes": {
            "info": {"host": dovecot.host, "port": dovecot.port, "security": "none", "user": accounts.info,
                     "password_env": "TEST_INFO_PASSWORD", "after": "flag"},
            "support": {"host": dovecot.host, "port": dovecot.port, "security": "none", "user": accounts.support,
                        "password_file": "support.password", "after": "move:Processed"},
        },
        "smtp": {"host": sink.host, "port": sink.port, "security": "none", "from_name": "Thịnh Trí Group"},
        "database": {"url": "sqlite:///mailroom.db"},
        "keys": {"file": "mailroom.key"},
        "worker": {"fetch_batch_size": 3},
        "logging": {"format": "json", "level": "info"},
    }
    data.update(overrides)
    return data


@pytest.fixture
def make_config(dovecot: Any, smtp_sink: SmtpSink, accounts: Accounts, tmp_path: Path) -> Callable[..., Config]:
    (tmp_path / "support.password").write_text(accounts.passwords[accounts.support] + "\n")
    init_key_file(tmp_path / "mailroom.key")

    def make(**overrides: Any) -> Config:
        data = config_data(dovecot, smtp_sink, accounts, tmp_path, **overrides)
        return build_config(data, source=str(tmp_path / "config.toml"), base_dir=tmp_path,
                            environ={"TEST_INFO_PASSWORD": accounts.passwords[accounts.info]})

    return make


def write_toml_config(path: Path, data: dict[str, Any]) -> None:
    """Serialise a config dict as TOML (tests run the real CLI against it)."""

    def value(v: Any) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, (int, float)):
            return str(v)
        if isinstance(v, str):
            return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
        if isinstance(v, list):
            return "[" + ", ".join(value(i) for i in v) + "]"
        if isinstance(v, dict):
            return "{" + ", ".join(f"{k} = {value(i)}" for k, i in v.items()) + "}"
        raise TypeError(v)

    lines = []
    for section, table in data.items():
        if section == "mailboxes":
            for name, box in table.items():
                lines.append(f"[mailboxes.{name}]")
                lines.extend(f"{k} = {value(v)}" for k, v in box.items())
        else:
            lines.append(f"[{section}]")
            lines.extend(f"{k} = {value(v)}" for k, v in table.items())
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
