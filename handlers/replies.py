"""Render the automatic customer replies (subject, plain text, HTML) from jinja2 templates.

Why a renderer of its own: the ingest pipeline stores the rendered reply in the outbox inside the
message transaction, so rendering must be pure, fast (templates compiled once per renderer) and
strict (a missing context value is a bug, never an empty hole in a customer's mail).

Context the pipeline passes (every key is required unless marked optional)::

    case_ref          str          e.g. "TT-2026-000001"; shown prominently, kept in the subject
    kind              str          one of KINDS (same as the `kind` argument)
    customer_name     str | None   optional (may be missing); from the customer's mail, untrusted
    received_subject  str          the customer's subject, already sanitised; may be ""; untrusted
    deadline_days     int | None   days to complete a data-subject request (access/correction/
                                   deletion: required, positive); ignored for the other kinds
    ack_working_days  int          working days to acknowledge a data-subject request (2)
    company           mapping      name, address, hotline, website (may be ""),
                                   emails: {"info": ..., "support": ...},
                                   office_hours: [{"days": ["mon", ...], "opens": "07:45",
                                                   "closes": "17:15"}, ...]

Template layout (templates/<lang>/): prose is written once, in format-neutral files, and compiled
twice: once as text and once as HTML. The loader serves every file under two virtual names,
"text/<lang>/<file>" and "html/<lang>/<file>"; autoescaping is decided by that name, so anything
rendered into HTML (customer_name, received_subject, ...) is escaped and the text stays plain.

    <kind>.subject.j2           one line: case ref + fixed title (no customer text: no backscatter)
    <kind>.txt.j2 / .html.j2    two lines: import the format primitives, extend <kind>.j2
    <kind>.j2                   the kind's prose (blocks `what` and `content`), extends _base.j2
    _data_request.j2            confirm-the-owner-then-act steps shared by access/correction/deletion
    _base.j2                    greeting, receipt, case reference, footer, automatic-mail note
    _footer.j2                  signature, company identity, office hours
    ../_fmt.txt.j2, ../_fmt.html.j2   format primitives shared by all languages (document,
                                paragraph, steps, reference box, ...), imported as "/_fmt.*.j2"
"""

from __future__ import annotations

import posixpath
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from jinja2 import BaseLoader, Environment, FileSystemLoader, StrictUndefined, Template
from jinja2.exceptions import TemplateNotFound
from markupsafe import Markup

from handlers.types import INTENTS

KINDS: tuple[str, ...] = INTENTS  # one reply per intent
DATA_SUBJECT_KINDS: frozenset[str] = frozenset(
    {"access_request", "correction_request", "deletion_request"}
)
LANGUAGES: tuple[str, ...] = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
SUBJECT_MAX_CHARS = 200

_FORMATS = ("text", "html")
_WEEK = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_NAMES: dict[str, tuple[str, ...]] = {
    "vi": ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
# Vietnamese typography spaces the dash between words; English ranges are closed up.
_RANGE_DASH = {"vi": " – ", "en": "–"}
_HHMM = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_BLANK_LINES = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")


class UnknownReplyKind(ValueError):
    """Raised for a kind without templates: a handler bug, not something to paper over."""


@dataclass(frozen=True)
class RenderedReply:
    subject: str  # a single safe header line
    text: str
    html: str


class _FormatLoader(BaseLoader):
    """Serve each file as "text/<path>" and "html/<path>" so one source compiles per format."""

    def __init__(self, root: Path) -> None:
        self._files = FileSystemLoader(str(root), encoding="utf-8")

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        fmt, _, path = template.partition("/")
        if fmt not in _FORMATS or not path:
            raise TemplateNotFound(template)
        return self._files.get_source(environment, path)


class _ReplyEnvironment(Environment):
    """Resolve names within the including template's format: "x.j2" next to it (same language),
    "/x.j2" at the templates root (shared by all languages)."""

    def join_path(self, template: str, parent: str) -> str:
        fmt = parent.partition("/")[0]
        if template.startswith("/"):
            return f"{fmt}/{template.lstrip('/')}"
        return posixpath.join(posixpath.dirname(parent), template)


def _autoescape(name: str | None) -> bool:
    """Escape everything compiled for HTML, and nothing compiled for text or the subject."""
    return bool(name) and (name.startswith("html/") or name.endswith(".html.j2"))


def squash(value: str) -> str:
    """Collapse runs of whitespace (template source line breaks) into single spaces."""
    collapsed = " ".join(str(value).split())
    return Markup(collapsed) if isinstance(value, Markup) else collapsed


def wrap(value: str, width: int = 76, indent: int = 0) -> str:
    """Greedy word wrap for plain-text mail, with a hanging indent; faster than textwrap, and
    never breaks words (addresses, URLs, case refs stay whole)."""
    lines: list[str] = []
    line = ""
    for word in str(value).split():
        if line and len(line) + 1 + len(word) > width - (indent if lines else 0):
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return ("\n" + " " * indent).join(lines)


def weekdays(days: Iterable[str], lang: str = DEFAULT_LANGUAGE) -> str:
    """["mon",...,"fri"] -> "Thứ Hai – Thứ Sáu" / "Monday–Friday"; runs of 3+ days become ranges."""
    names = _DAY_NAMES[lang]
    try:
        idx = sorted({_WEEK.index(str(d).strip().lower()[:3]) for d in days})
    except ValueError:
        raise ValueError(f"office_hours: unknown day in {list(days)!r}; use {_WEEK}") from None
    if not idx:
        raise ValueError("office_hours: an entry has no days")
    runs: list[list[int]] = []
    for i in idx:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    parts: list[str] = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{names[run[0]]}{_RANGE_DASH[lang]}{names[run[-1]]}")
        else:
            parts.extend(names[i] for i in run)
    return ", ".join(parts)


def hhmm(value: str) -> str:
    """"07:45" -> "7:45": how hours are written in the firm's policy; rejects malformed config."""
    match = _HHMM.match(str(value).strip())
    if not match:
        raise ValueError(f"office_hours: bad time {value!r}, expected HH:MM")
    return f"{int(match.group(1))}:{match.group(2)}"


def office_hours(entries: Iterable[Mapping[str, Any]], lang: str = DEFAULT_LANGUAGE) -> list[str]:
    """One line per entry: "Thứ Hai – Thứ Sáu: 7:45 – 17:15" / "Monday–Friday: 7:45–17:15"."""
    return [
        f"{weekdays(e['days'], lang)}: {hhmm(e['opens'])}{_RANGE_DASH[lang]}{hhmm(e['closes'])}"
        for e in entries
    ]


def header_line(value: str, limit: int = SUBJECT_MAX_CHARS) -> str:
    """Make a safe single header line: no CR/LF or other controls (header injection), capped."""
    collapsed = " ".join(value.split())  # str.split() also splits on \r \n \v \f \x1c-\x1f \x85 \u2028
    cleaned = "".join(ch for ch in collapsed if unicodedata.category(ch)[0] != "C")
    cleaned = " ".join(cleaned.split())
    if len(cleaned) <= limit:
        return cleaned
    cut = cleaned[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip() + "…"


def _tidy_text(text: str) -> str:
    """Normalise blank lines left by template control flow: one blank line between blocks."""
    text = _TRAILING_SPACE.sub("\n", text.replace("\r\n", "\n"))
    return _BLANK_LINES.sub("\n\n", text).strip() + "\n"


def _normalise_language(language: str | None) -> str:
    """"en-US" -> "en"; anything without templates falls back to Vietnamese, the firm's language."""
    primary = (language or "").strip().lower().replace("_", "-").split("-")[0]
    return primary if primary in LANGUAGES else DEFAULT_LANGUAGE


def _default_template_dir() -> Path:
    return Path(str(files("templates")))


class ReplyRenderer:
    """Renders replies; build one per process and reuse it (templates are compiled once)."""

    def __init__(self, template_dir: Path | None = None) -> None:
        root = Path(template_dir) if template_dir is not None else _default_template_dir()
        self._env = _ReplyEnvironment(
            loader=_FormatLoader(root),
            autoescape=_autoescape,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
            auto_reload=False,  # no stat() per render; templates ship with the code
            cache_size=-1,
        )
        self._env.filters.update(
            squash=squash, wrap=wrap, weekdays=weekdays, hhmm=hhmm, office_hours=office_hours
        )
        self._templates: dict[tuple[str, str], tuple[Template, Template, Template]] = {}

    def _load(self, kind: str, language: str) -> tuple[Template, Template, Template]:
        key = (kind, language)
        found = self._templates.get(key)
        if found is None:
            found = (
                self._env.get_template(f"text/{language}/{kind}.subject.j2"),
                self._env.get_template(f"text/{language}/{kind}.txt.j2"),
                self._env.get_template(f"html/{language}/{kind}.html.j2"),
            )
            self._templates[key] = found
        return found

    def render(self, kind: str, language: str, context: Mapping[str, Any]) -> RenderedReply:
        """Render subject, text and HTML for one reply; raises on unknown kind or missing context."""
        if kind not in KINDS:
            raise UnknownReplyKind(f"no reply templates for kind {kind!r}; known kinds: {KINDS}")
        if kind in DATA_SUBJECT_KINDS:
            days = context.get("deadline_days")
            if isinstance(days, bool) or not isinstance(days, int) or days <= 0:
                raise ValueError(f"{kind} reply needs a positive int deadline_days, got {days!r}")
        subject_t, text_t, html_t = self._load(kind, _normalise_language(language))
        ctx = dict(context)
        return RenderedReply(
            subject=header_line(subject_t.render(ctx)),
            text=_tidy_text(text_t.render(ctx)),
            html=html_t.render(ctx).strip() + "\n",
        )
