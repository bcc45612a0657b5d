"""TOML configuration → frozen dataclasses.

Every key is declared once, as a dataclass field; the loader walks those declarations, so an unknown key,
a missing key or a value of the wrong type is reported as one line naming the file and the key's dotted
path, never as a traceback. Secrets are never inline: a mailbox names a password file or an environment
variable, read at load time so a wrong path fails at start-up rather than at the first poll.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_CONFIG_PATHS = (Path("config.toml"), Path("/etc/mailroom/config.toml"))
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class ConfigError(Exception):
    """A configuration problem, worded for the admin who has to fix the file."""


@dataclass(frozen=True)
class OfficeHours:
    days: tuple[str, ...]
    opens: str
    closes: str


@dataclass(frozen=True)
class Company:
    name: str
    address: str
    hotline: str
    info_email: str
    support_email: str
    office_hours: tuple[OfficeHours, ...]
    website: str = ""
    reference_prefix: str = "TT"


@dataclass(frozen=True)
class Server:
    """Where and how to log in; shared shape of the IMAP mailboxes and SMTP."""

    host: str
    port: int
    security: str  # tls | starttls | none
    user: str = ""
    password_file: str = ""
    password_env: str = ""
    timeout_seconds: float = 30.0
    # Resolved secret; filled by the loader, never read from TOML.
    password: str = field(default="", repr=False)


@dataclass(frozen=True)
class Mailbox(Server):
    name: str = ""
    folder: str = "INBOX"
    after: str = "flag"  # "flag" or "move:FOLDER"

    @property
    def move_to(self) -> str | None:
        return self.after.split(":", 1)[1] if self.after.startswith("move:") else None


@dataclass(frozen=True)
class Smtp(Server):
    from_name: str = ""


@dataclass(frozen=True)
class Database:
    url: str = "sqlite:///mailroom.db"


@dataclass(frozen=True)
class Keys:
    file: str = "mailroom.key"


@dataclass(frozen=True)
class Worker:
    poll_interval_seconds: int = 60
    outbox_interval_seconds: int = 30
    fetch_batch_size: int = 100
    max_message_bytes: int = 25 * 1024 * 1024
    outbox_max_attempts: int = 6
    outbox_batch_size: int = 100
    prepare_processes: int = 0  # 0: parse and classify in the worker itself; N: in a pool of N processes


@dataclass(frozen=True)
class Replies:
    default_language: str = "vi"


@dataclass(frozen=True)
class Understanding:
    lexicon_files: tuple[str, ...] = ()
    intent_model: str = "builtin"  # builtin | none (lexicon only) | path to a file `mailroom train` wrote


@dataclass(frozen=True)
class Logging:
    format: str = "auto"  # auto | console | json
    level: str = "info"


@dataclass(frozen=True)
class Config:
    company: Company
    mailboxes: tuple[Mailbox, ...]
    smtp: Smtp
    database: Database = Database()
    keys: Keys = Keys()
    worker: Worker = Worker()
    replies: Replies = Replies()
    understanding: Understanding = Understanding()
    logging: Logging = Logging()
    source: str = "<built-in>"

    def mailbox(self, name: str) -> Mailbox:
        for box in self.mailboxes:
            if box.name == name:
                return box
        raise ConfigError(f"{self.source}: no mailbox named {name!r} (have: {', '.join(self.mailbox_names)})")

    @property
    def mailbox_names(self) -> tuple[str, ...]:
        return tuple(box.name for box in self.mailboxes)


# --------------------------------------------------------------------------------------------- loading


def find_config(explicit: str | None) -> Path:
    """The file named on the command line, else $MAILROOM_CONFIG, else the first default that exists."""
    if explicit:
        return Path(explicit)
    if env := os.environ.get("MAILROOM_CONFIG"):
        return Path(env)
    for candidate in DEFAULT_CONFIG_PATHS:
        if candidate.exists():
            return candidate
    raise ConfigError(
        "no configuration file: pass --config FILE, set MAILROOM_CONFIG, or create ./config.toml "
        "(start from config.example.toml)"
    )


def load_config(path: Path, environ: typing.Mapping[str, str] | None = None) -> Config:
    """Read, validate and resolve one TOML file (relative paths are relative to the file)."""
    environ = os.environ if environ is None else environ
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"{path}: configuration file not found") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read configuration file ({exc.strerror})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    return build_config(data, source=str(path), base_dir=path.parent, environ=environ)


def build_config(
    data: dict[str, Any], *, source: str, base_dir: Path, environ: typing.Mapping[str, str]
) -> Config:
    where = _Where(source)
    boxes_table = data.get("mailboxes")
    if not isinstance(boxes_table, dict) or not boxes_table:
        raise ConfigError(f"{source}: [mailboxes] must define at least one mailbox, e.g. [mailboxes.info]")
    mailboxes = tuple(
        _resolve_secret(_build(Mailbox, table, f"mailboxes.{name}", where, extra={"name": name}), f"mailboxes.{name}", where, base_dir, environ)
        for name, table in boxes_table.items()
    )
    rest = {key: value for key, value in data.items() if key != "mailboxes"}
    config = _build(Config, rest, "", where, extra={"mailboxes": mailboxes, "source": source})
    smtp = _resolve_secret(config.smtp, "smtp", where, base_dir, environ)
    config = dataclasses.replace(
        config,
        smtp=smtp,
        database=Database(url=_resolve_sqlite_url(config.database.url, base_dir)),
        keys=Keys(file=str(_resolve_path(config.keys.file, base_dir))),
        understanding=Understanding(
            lexicon_files=tuple(str(_resolve_path(p, base_dir)) for p in config.understanding.lexicon_files),
            intent_model=_resolve_model(config.understanding.intent_model, base_dir),
        ),
    )
    _validate(config, where)
    return config


class _Where:
    def __init__(self, source: str) -> None:
        self.source = source

    def error(self, key: str, message: str) -> ConfigError:
        return ConfigError(f"{self.source}: {key}: {message}")


def _build(cls: type, table: Any, path: str, where: _Where, extra: dict[str, Any] | None = None) -> Any:
    """Instantiate dataclass ``cls`` from a TOML table, rejecting unknown and missing keys."""
    label = path or "top level"
    if not isinstance(table, dict):
        raise where.error(path, f"expected a table, got {_describe(table)}")
    extra = extra or {}
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if f.name not in extra and f.name != "password"}
    unknown = sorted(set(table) - set(fields))
    if unknown:
        key = f"{path}.{unknown[0]}" if path else unknown[0]
        raise where.error(key, f"unknown key (allowed in {label}: {', '.join(sorted(fields))})")
    values: dict[str, Any] = dict(extra)
    for name, spec in fields.items():
        key = f"{path}.{name}" if path else name
        if name in table:
            values[name] = _convert(hints[name], table[name], key, where)
        elif spec.default is dataclasses.MISSING and spec.default_factory is dataclasses.MISSING:
            raise where.error(key, "missing required key")
    return cls(**values)


def _convert(hint: Any, value: Any, key: str, where: _Where) -> Any:
    origin = typing.get_origin(hint)
    if dataclasses.is_dataclass(hint):
        return _build(hint, value, key, where)
    if origin is tuple:
        item_type = typing.get_args(hint)[0]
        if not isinstance(value, list):
            raise where.error(key, f"expected a list, got {_describe(value)}")
        return tuple(_convert(item_type, item, f"{key}[{i}]", where) for i, item in enumerate(value))
    if hint is bool:
        if not isinstance(value, bool):
            raise where.error(key, f"expected true or false, got {_describe(value)}")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise where.error(key, f"expected a whole number, got {_describe(value)}")
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise where.error(key, f"expected a number, got {_describe(value)}")
        return float(value)
    if hint is str:
        if not isinstance(value, str):
            raise where.error(key, f"expected a string, got {_describe(value)}")
        return value
    raise where.error(key, f"unsupported type {hint!r}")  # pragma: no cover - a declaration bug


def _describe(value: Any) -> str:
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return f"{type(value).__name__} {value!r}"


def _resolve_model(value: str, base_dir: Path) -> str:
    return value if value in ("builtin", "none") else str(_resolve_path(value, base_dir))


def _resolve_path(value: str, base_dir: Path) -> Path:
    path = Path(value).expanduser()
    return path if path.is_absolute() else (base_dir / path)


def _resolve_sqlite_url(url: str, base_dir: Path) -> str:
    """Make ``sqlite:///relative.db`` relative to the config file, not to the working directory."""
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/") and url != "sqlite:///:memory:":
        return prefix + str((base_dir / url[len(prefix):]).resolve())
    return url


def _resolve_secret(server: Server, key: str, where: _Where, base_dir: Path, environ: typing.Mapping[str, str]) -> Any:
    if server.password_file and server.password_env:
        raise where.error(key, "set either password_file or password_env, not both")
    if server.password_file:
        path = _resolve_path(server.password_file, base_dir)
        try:
            secret = path.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise where.error(f"{key}.password_file", f"cannot read {path} ({exc.strerror})") from None
        return dataclasses.replace(server, password=secret)
    if server.password_env:
        if server.password_env not in environ:
            raise where.error(f"{key}.password_env", f"environment variable {server.password_env} is not set")
        return dataclasses.replace(server, password=environ[server.password_env])
    if server.user:
        raise where.error(key, "user is set but neither password_file nor password_env is")
    return server


def _validate(config: Config, where: _Where) -> None:
    servers: list[tuple[str, Server]] = [(f"mailboxes.{b.name}", b) for b in config.mailboxes]
    servers.append(("smtp", config.smtp))
    for key, server in servers:
        if server.security not in ("tls", "starttls", "none"):
            raise where.error(f"{key}.security", f"must be tls, starttls or none, got {server.security!r}")
        if not 0 < server.port < 65536:
            raise where.error(f"{key}.port", f"must be 1..65535, got {server.port}")
        if not server.host:
            raise where.error(f"{key}.host", "must not be empty")
    for box in config.mailboxes:
        if box.after != "flag" and not (box.after.startswith("move:") and box.after[5:].strip()):
            raise where.error(f"mailboxes.{box.name}.after", f'must be "flag" or "move:FOLDER", got {box.after!r}')
    for i, hours in enumerate(config.company.office_hours):
        key = f"company.office_hours[{i}]"
        bad_days = [d for d in hours.days if d not in WEEKDAYS]
        if bad_days or not hours.days:
            raise where.error(f"{key}.days", f"days must be from {', '.join(WEEKDAYS)}, got {list(hours.days)}")
        for name in ("opens", "closes"):
            if not _TIME_RE.match(getattr(hours, name)):
                raise where.error(f"{key}.{name}", f'expected "HH:MM", got {getattr(hours, name)!r}')
        if hours.opens >= hours.closes:
            raise where.error(key, "opens must be before closes")
    if config.replies.default_language not in ("vi", "en"):
        raise where.error("replies.default_language", f'must be "vi" or "en", got {config.replies.default_language!r}')
    if config.logging.format not in ("auto", "console", "json"):
        raise where.error("logging.format", f"must be auto, console or json, got {config.logging.format!r}")
    worker = config.worker
    for name in ("poll_interval_seconds", "outbox_interval_seconds", "fetch_batch_size", "max_message_bytes",
                 "outbox_max_attempts", "outbox_batch_size"):
        if getattr(worker, name) <= 0:
            raise where.error(f"worker.{name}", f"must be positive, got {getattr(worker, name)}")
    if not 0 <= worker.prepare_processes <= 64:
        raise where.error("worker.prepare_processes", f"must be 0..64, got {worker.prepare_processes}")
    if not re.fullmatch(r"[A-Z]{1,6}", config.company.reference_prefix):
        raise where.error("company.reference_prefix", "must be 1-6 capital letters, e.g. TT")
