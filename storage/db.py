"""Engine creation and schema set-up.

SQLite runs in WAL mode with ``synchronous=NORMAL``: a commit survives a process crash, and the IMAP
server stays the source of truth for anything lost to a power cut (the cursor is rolled back with it).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import SQLModel, create_engine

from storage import models  # noqa: F401  (registers the tables on SQLModel.metadata)


class StorageError(Exception):
    """The database cannot be reached or used; the message names the URL's target, not its password."""


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - only used to word an error
        return "<unparseable database url>"


def make_engine(url: str) -> Engine:
    """Create an engine and the schema (idempotent)."""
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        db_path = Path(url[len("sqlite:///"):])
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"database directory {db_path.parent}: {exc.strerror}") from None
    try:
        engine = create_engine(url)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise StorageError(f"database url {_safe_url(url)}: {exc}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin_immediate)
    try:
        SQLModel.metadata.create_all(engine)
    except SQLAlchemyError as exc:
        raise StorageError(f"cannot open database {_safe_url(url)}: {exc.__class__.__name__}: {exc.orig if hasattr(exc, 'orig') else exc}") from None
    return engine


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # SQLAlchemy emits BEGIN itself (below); the driver's own implicit transactions would get in the way
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _sqlite_begin_immediate(conn) -> None:  # type: ignore[no-untyped-def]
    """Take the write lock when a transaction starts, so what it reads cannot change before it writes
    (two mailboxes polled at once must not both open a case for the same mail)."""
    conn.exec_driver_sql("BEGIN IMMEDIATE")
