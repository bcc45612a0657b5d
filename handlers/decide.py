"""What to do with an understood message: a pure function from facts to a ``Decision``.

The pipeline acts on the decision (storage, outbox); nothing here touches I/O. Later issues grow each
intent into its own workflow module (confirmation codes, complaint steps); this table is where they plug in.
"""

from __future__ import annotations

from dataclasses import dataclass

from handlers.types import Classification

# Legal completion deadlines in days (Law 91/2025/QH15, Decree 356/2025); None: no statutory clock.
DEADLINE_DAYS: dict[str, int | None] = {
    "access_request": 10,
    "correction_request": 10,
    "deletion_request": 20,
    "service_request": None,
    "complaint": None,
    "unknown": None,
}


@dataclass(frozen=True)
class Decision:
    status: str  # handled | ignored | duplicate
    open_case: str | None = None  # kind of case to open
    existing_case_id: int | None = None  # case this message belongs to
    reply_kind: str | None = None  # template to answer with; None: no reply
    deadline_days: int | None = None


def decide(
    classification: Classification,
    *,
    reply_address: str | None,
    case_from_thread: int | None,
    case_from_same_mail: int | None,
) -> Decision:
    """Decide case and reply.

    - automated mail (bounces, out-of-office, lists) is stored and never answered: answering it loops;
    - the same mail already handled through the other mailbox joins that case, silently;
    - a message in an existing case's thread joins it without a second acknowledgement;
    - anything else opens a case of its intent and is acknowledged, if we have somewhere safe to reply.
    """
    if classification.automated:
        return Decision(status="ignored")
    if case_from_same_mail is not None:
        return Decision(status="duplicate", existing_case_id=case_from_same_mail)
    if case_from_thread is not None:
        return Decision(status="handled", existing_case_id=case_from_thread)
    kind = classification.intent
    return Decision(
        status="handled",
        open_case=kind,
        reply_kind=kind if reply_address else None,
        deadline_days=DEADLINE_DAYS.get(kind),
    )
