"""structlog set-up: readable on a terminal, one JSON object per line under systemd.

Log events carry mailbox names, UIDs, intents and case references — never names, addresses, phone
numbers, subjects or bodies. Call sites are written that way; this module only chooses the renderer.
"""

from __future__ import annotations

import logging
import sys

import structlog


def configure_logging(format: str = "auto", level: str = "info") -> None:
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
