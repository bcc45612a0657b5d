"""Text the CLI prints: status tables, case lists, classification records. Pure formatting."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from tabulate import tabulate

if TYPE_CHECKING:  # types only: `mailroom classify` must not pay for importing the database layer
    from ingest.understand import Understanding
    from mailroom.config import Config
    from storage.queries import CaseSummary, Status


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S UTC") if value else "never"


def render_status(status: Status, config: Config) -> str:
    known = {m.mailbox: m for m in status.mailboxes}
    mailbox_rows = []
    for name in config.mailbox_names:
        box = known.get(name)
        mailbox_rows.append([
            name,
            _when(box.last_poll_at) if box else "never",
            (box.last_poll_result or "-") if box else "not polled yet",
            f"{box.uidvalidity}/{box.last_uid}" if box else "-",
        ])
    sections = [
        "Mailboxes\n" + tabulate(mailbox_rows, headers=["mailbox", "last poll", "result", "cursor (uidvalidity/last uid)"]),
        "Messages by intent (customer mail)\n" + _counts(status.messages_by_intent, "intent"),
        "Messages by state\n" + _counts(status.messages_by_status, "state")
        + f"\nautomated (never answered): {status.automated}",
        "Cases by state\n" + _counts(status.cases_by_state, "state"),
        "Outbox\n" + tabulate(
            [[s, status.outbox_by_state.get(s, 0)] for s in ("pending", "sent", "failed")], headers=["state", "replies"]
        ),
    ]
    if status.quarantined:
        rows = [[q.id, q.mailbox, q.uid, _when(q.received_at), (q.error or "")[:100]] for q in status.quarantined]
        sections.append("Quarantined (newest first)\n" + tabulate(rows, headers=["id", "mailbox", "uid", "stored", "reason"]))
    else:
        sections.append("Quarantined: none")
    return "\n\n".join(sections)


def _counts(counts: dict[str, int], label: str) -> str:
    if not counts:
        return "(none)"
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return tabulate(rows + [["total", sum(counts.values())]], headers=[label, "count"])


def render_cases(cases: list[CaseSummary]) -> str:
    if not cases:
        return "no cases"
    rows = [[c.ref, c.kind, c.state, c.mailbox, c.language, _when(c.opened_at), _when(c.due_at) if c.due_at else "-"] for c in cases]
    return tabulate(rows, headers=["reference", "kind", "state", "mailbox", "lang", "opened", "due"])


def classification_record(file: str, understood: Understanding) -> dict[str, Any]:
    """The stable `classify --json` contract: the team measures understanding with it."""
    c, contact = understood.classification, understood.contact
    return {
        "file": file,
        "intent": c.intent,
        "confidence": round(float(c.confidence), 3),
        "automated": bool(c.automated),
        "language": c.language,
        "contact": {"name": contact.name, "phone": contact.phone, "email": contact.email, "address": contact.address},
        "reasons": list(c.reasons),
    }


def render_classification(record: dict[str, Any]) -> str:
    contact = record["contact"]
    fields = ", ".join(f"{k}={v}" for k, v in contact.items() if v) or "no contact fields"
    flag = " automated" if record["automated"] else ""
    return (f"{record['file']}: {record['intent']} ({record['confidence']:.2f}, {record['language']}{flag}) — "
            f"{fields}\n    reasons: {', '.join(record['reasons']) or '-'}")
