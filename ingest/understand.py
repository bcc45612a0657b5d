"""Parse → classify → extract, as one pure call shared by the pipeline and `mailroom classify`."""

from __future__ import annotations

from dataclasses import dataclass

from handlers.classify import classify
from handlers.intent_model import IntentModel
from handlers.extract import extract_contact
from handlers.lexicon import Lexicon
from handlers.types import Classification, ContactFields
from ingest.message import ParsedMessage
from ingest.parse import parse_message


@dataclass(frozen=True)
class Understanding:
    parsed: ParsedMessage
    classification: Classification
    contact: ContactFields


@dataclass(frozen=True)
class FirmIdentity:
    """The firm's own addresses and numbers, which must never be taken for the customer's."""

    emails: frozenset[str] = frozenset()
    phones: frozenset[str] = frozenset()


def understand(
    raw: bytes,
    lexicon: Lexicon | None = None,
    firm: FirmIdentity = FirmIdentity(),
    model: IntentModel | None | bool = True,
) -> Understanding:
    """``model``: the intent model's second opinion (True: built-in, None: lexicon only)."""
    parsed = parse_message(raw)
    classification = classify(parsed, lexicon, model)
    if classification.automated:
        contact = ContactFields()  # a robot's headers and body are not a customer's contact data
    else:
        contact = extract_contact(parsed, own_emails=firm.emails, own_phones=firm.phones, automated=False)
    return Understanding(parsed, classification, contact)
