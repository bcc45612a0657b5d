"""Composition root: builds the concrete pieces from a Config. The only place that wires them together."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Engine

from ingest.pipeline import Pipeline
from ingest.prepare import PrepareSettings, make_preparer
from ingest.understand import FirmIdentity
from mailroom.config import Config
from storage.crypto import load_vault
from storage.db import make_engine
from storage.repo import Repository


@dataclass(frozen=True)
class App:
    config: Config
    engine: Engine
    pipeline: Pipeline

    @property
    def repo(self) -> Repository:
        return self.pipeline.repo

    def close(self) -> None:
        """Stop worker processes and release database connections."""
        self.pipeline.close()
        self.engine.dispose()


def open_engine(config: Config) -> Engine:
    return make_engine(config.database.url)


def build_app(config: Config) -> App:
    """Everything the worker needs; refuses to start without a usable key (KeyFileError)."""
    vault = load_vault(Path(config.keys.file))
    engine = open_engine(config)
    repo = Repository(engine, vault, config.company.reference_prefix)
    preparer = make_preparer(prepare_settings(config), config.worker.prepare_processes)
    pipeline = Pipeline(config=config, repo=repo, preparer=preparer)
    return App(config=config, engine=engine, pipeline=pipeline)


def firm_identity(config: Config) -> FirmIdentity:
    """The firm's own addresses and hotline, so they are never taken for a customer's."""
    company = config.company
    emails = {company.info_email.lower(), company.support_email.lower()}
    emails.update(box.user.lower() for box in config.mailboxes if "@" in box.user)
    digits = "".join(ch for ch in company.hotline if ch.isdigit())
    return FirmIdentity(emails=frozenset(emails), phones=frozenset({digits} if digits else set()))


def prepare_settings(config: Config) -> PrepareSettings:
    return PrepareSettings(
        company=config.company, default_language=config.replies.default_language,
        lexicon_files=config.understanding.lexicon_files, firm=firm_identity(config),
        intent_model=config.understanding.intent_model,
    )
