"""`mailroom run`: APScheduler 3 jobs — one poll per mailbox and the outbox — until SIGTERM/SIGINT.

Each poll job has ``max_instances=1`` and ``coalesce=True``: a slow poll is never overlapped by the next
one, and missed runs collapse into one. On a signal the scheduler stops taking new runs, the poll loops
finish the message in hand (each message is its own transaction) and the process exits 0.
"""

from __future__ import annotations

import signal
import threading
from datetime import datetime, timezone

import structlog
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler

from ingest.pipeline import poll_mailbox
from mailroom.app import App
from mailroom.config import Mailbox
from mailroom.outbox import send_due

log = structlog.get_logger("mailroom.service")


def run_outbox(app: App) -> None:
    config = app.config
    report = send_due(
        app.repo, config.smtp, max_attempts=config.worker.outbox_max_attempts, batch_size=config.worker.outbox_batch_size,
    )
    if report.sent or report.retrying or report.failed:
        log.info("outbox.done", sent=report.sent, retrying=report.retrying, failed=report.failed)


def poll_job(app: App, mailbox: Mailbox, stop: threading.Event, scheduler: BaseScheduler) -> None:
    """Poll one mailbox; when it queued replies, bring the outbox run forward so customers hear back now."""
    report = poll_mailbox(app.pipeline, mailbox, stop=stop)
    if report.outcomes.get("handled") and not stop.is_set():
        scheduler.modify_job("outbox", next_run_time=datetime.now(timezone.utc))


def build_scheduler(app: App, stop: threading.Event) -> BackgroundScheduler:
    scheduler = BackgroundScheduler(timezone=timezone.utc, job_defaults={"max_instances": 1, "coalesce": True})
    now = datetime.now(timezone.utc)
    worker = app.config.worker
    for mailbox in app.config.mailboxes:
        scheduler.add_job(
            poll_job, "interval", seconds=worker.poll_interval_seconds, id=f"poll:{mailbox.name}",
            args=(app, mailbox, stop, scheduler), next_run_time=now, misfire_grace_time=None,
        )
    scheduler.add_job(
        run_outbox, "interval", seconds=worker.outbox_interval_seconds, id="outbox", args=(app,),
        next_run_time=now, misfire_grace_time=None,
    )
    return scheduler


def run_service(app: App) -> int:
    stop = threading.Event()

    def on_signal(signum: int, _frame: object) -> None:
        log.info("service.stopping", signal=signal.Signals(signum).name)
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    app.pipeline.preparer.warm_up()
    scheduler = build_scheduler(app, stop)
    scheduler.start()
    log.info("service.started", mailboxes=list(app.config.mailbox_names),
             poll_interval=app.config.worker.poll_interval_seconds)
    while not stop.wait(timeout=1.0):
        pass
    scheduler.shutdown(wait=True)
    app.close()
    log.info("service.stopped")
    return 0
