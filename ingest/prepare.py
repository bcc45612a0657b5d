"""The pure, CPU-bound half of handling a message, runnable in worker processes.

``prepare`` parses, classifies and extracts, and drafts the reply for the message's intent. The draft
carries a placeholder where the case reference goes, because the reference is only allocated inside the
message's database transaction; the pipeline swaps it in there. Nothing here touches a socket or a
database, so a batch can be spread over the machine's cores (``worker.prepare_processes``) while the
main process keeps the IMAP session and the one writer.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from handlers.decide import DEADLINE_DAYS
from handlers.intent_model import IntentModel, model_for_setting
from handlers.lexicon import Lexicon, load_lexicon
from handlers.replies import RenderedReply, ReplyRenderer
from ingest.errors import failure_reason
from ingest.understand import FirmIdentity, Understanding, understand
from mailroom.config import Company

_PLACEHOLDER_CHAR = "\u16a0"  # runic ᚠ: a letter (kept by subject cleaning, not escaped in HTML), never in our templates


@dataclass(frozen=True)
class PrepareSettings:
    """What the pure steps need from the config (picklable, and without any secret)."""

    company: Company
    default_language: str
    lexicon_files: tuple[str, ...]
    firm: FirmIdentity
    intent_model: str = "builtin"  # [understanding] intent_model

    @property
    def ref_placeholder(self) -> str:
        # as long as a real reference (PREFIX-YYYY-NNNNNN), so text wrapping comes out the same
        return _PLACEHOLDER_CHAR * (len(self.company.reference_prefix) + 12)


@dataclass(frozen=True)
class Prepared:
    understood: Understanding | None = None
    draft: RenderedReply | None = None  # reply for the intent, with settings.ref_placeholder
    draft_kind: str | None = None
    error: str | None = None  # why the message could not be understood (it will be quarantined)


def reply_context(company: Company, *, case_ref: str, kind: str, customer_name: str | None,
                  received_subject: str, deadline_days: int | None) -> dict[str, Any]:
    return {
        "case_ref": case_ref,
        "kind": kind,
        "customer_name": customer_name,
        "received_subject": received_subject,
        "deadline_days": deadline_days,
        "ack_working_days": 2,
        "company": {
            "name": company.name,
            "address": company.address,
            "hotline": company.hotline,
            "website": company.website,
            "emails": {"info": company.info_email, "support": company.support_email},
            "office_hours": [
                {"days": list(h.days), "opens": h.opens, "closes": h.closes} for h in company.office_hours
            ],
        },
    }


def reply_language(understood: Understanding, default_language: str) -> str:
    language = understood.classification.language
    return language if language in ("vi", "en") else default_language


def draft_reply(settings: PrepareSettings, renderer: ReplyRenderer, understood: Understanding, kind: str,
                case_ref: str) -> RenderedReply:
    context = reply_context(
        settings.company, case_ref=case_ref, kind=kind, customer_name=understood.contact.name,
        received_subject=" ".join((understood.parsed.subject or "").split())[:150],
        deadline_days=DEADLINE_DAYS.get(kind),
    )
    return renderer.render(kind, reply_language(understood, settings.default_language), context)


def fill_reference(draft: RenderedReply, placeholder: str, case_ref: str) -> RenderedReply:
    return RenderedReply(
        subject=draft.subject.replace(placeholder, case_ref),
        text=draft.text.replace(placeholder, case_ref),
        html=draft.html.replace(placeholder, case_ref),
    )


def prepare(
    raw: bytes,
    settings: PrepareSettings,
    lexicon: Lexicon | None,
    renderer: ReplyRenderer,
    model: IntentModel | None | bool = True,
) -> Prepared:
    try:
        understood = understand(raw, lexicon, settings.firm, model)
    except Exception as exc:  # noqa: BLE001 - any failure to understand quarantines this message only
        return Prepared(error=failure_reason(exc))
    if understood.classification.automated:
        return Prepared(understood=understood)  # never answered: no draft
    kind = understood.classification.intent
    try:
        draft = draft_reply(settings, renderer, understood, kind, settings.ref_placeholder)
    except Exception as exc:  # noqa: BLE001
        return Prepared(understood=understood, error=f"reply could not be rendered: {failure_reason(exc)}")
    return Prepared(understood=understood, draft=draft, draft_kind=kind)


# ----------------------------------------------------------------------------------------- executors


class InlinePreparer:
    """Prepares in the calling process: the default, and the fallback when a worker dies."""

    def __init__(self, settings: PrepareSettings) -> None:
        self.settings = settings
        self.lexicon = load_lexicon([Path(p) for p in settings.lexicon_files])
        self.model = model_for_setting(settings.intent_model)
        self.renderer = ReplyRenderer()

    def prepare_all(self, raws: Sequence[bytes]) -> list[Prepared]:
        return [prepare(raw, self.settings, self.lexicon, self.renderer, self.model) for raw in raws]

    def submit(self, raws: Sequence[bytes]) -> Callable[[], list[Prepared]]:
        """Deferred: the work happens when the result is asked for."""
        return lambda: self.prepare_all(raws)

    def warm_up(self) -> None:
        pass

    def close(self) -> None:
        pass


_worker_state: InlinePreparer | None = None


def _init_worker(settings: PrepareSettings) -> None:
    global _worker_state
    _worker_state = InlinePreparer(settings)


def _noop() -> None:
    return None


def _prepare_in_worker(raw: bytes) -> Prepared:
    assert _worker_state is not None, "worker not initialised"
    return prepare(raw, _worker_state.settings, _worker_state.lexicon, _worker_state.renderer, _worker_state.model)


class PoolPreparer:
    """Spreads a batch over worker processes (forkserver: safe beside the scheduler's threads)."""

    def __init__(self, settings: PrepareSettings, processes: int) -> None:
        self.settings = settings
        self.processes = processes
        self._inline = InlinePreparer(settings)
        self.renderer = self._inline.renderer
        self._pool: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.processes, mp_context=multiprocessing.get_context("forkserver"),
                initializer=_init_worker, initargs=(self.settings,),
            )
        return self._pool

    def prepare_all(self, raws: Sequence[bytes]) -> list[Prepared]:
        return self.submit(raws)()

    def submit(self, raws: Sequence[bytes]) -> Callable[[], list[Prepared]]:
        """Start preparing now, in the workers; the returned call waits for the results."""
        if len(raws) < 2:
            return lambda: self._inline.prepare_all(raws)
        chunk = max(1, len(raws) // (self.processes * 4))
        try:
            results = self._executor().map(_prepare_in_worker, raws, chunksize=chunk)
        except BrokenProcessPool:
            self.close()
            return lambda: self._inline.prepare_all(raws)

        def collect() -> list[Prepared]:
            try:
                return list(results)
            except BrokenProcessPool:
                # a worker died (out of memory, a crash in a C extension): redo the batch here, where
                # one bad message is quarantined like any other failure
                self.close()
                return self._inline.prepare_all(raws)

        return collect

    def warm_up(self) -> None:
        """Start the workers now, so the first poll does not pay for their imports."""
        self._executor().submit(_noop).result()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def make_preparer(settings: PrepareSettings, processes: int) -> InlinePreparer | PoolPreparer:
    return PoolPreparer(settings, processes) if processes >= 1 else InlinePreparer(settings)
