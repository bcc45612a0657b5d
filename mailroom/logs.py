"""structlog set-up: readable on a terminal, one JSON object per line under systemd.

Log events carry mailbox names, UIDs, intents and case references — never names, addresses, phone
numbers, subjects or bodies. Call sites are written that way; this module only chooses the renderer.
"""

from __future__ import annotations

import logging
import sys

import structlog


# Libraries whose standard-library log records can quote message content: mail-parser logs the raw
# header on a decoding error ("Failed decoding header part: <From: name, address>"), and aiosmtpd /
# imapclient can log protocol traffic. Their records are dropped, never printed by logging's last resort.
SILENCED_LOGGERS = ("mailparser", "mail.log", "imapclient")


def configure_logging(format: str = "auto", level: str = "info") -> None:
    for name in SILENCED_LOGGERS:
        library_logger = logging.getLogger(name)
        library_logger.handlers[:] = [logging.NullHandler()]
        library_logger.propagate = False
    use_console = format == "console" or (format == "auto" and sys.stderr.isatty())
    renderer = structlog.dev.ConsoleRenderer() if use_console else structlog.processors.JSONRenderer(ensure_ascii=False)
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelNamesMapping().get(level.upper(), logging.INFO)),
        logger_factory=structlog.PrintLoggerFactory(file=sys.stderr),
        cache_logger_on_first_use=False,
    )
